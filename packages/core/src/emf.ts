/** A CloudWatch metric unit, as Embedded Metric Format names them (the ones Ayni uses). */
export type EmfUnit = 'Seconds' | 'Milliseconds' | 'Count' | 'None';

/**
 * One CloudWatch Embedded Metric Format record: a log line CloudWatch turns into metrics, with no
 * API call from the function. `_aws.CloudWatchMetrics` declares the namespace, the `service`
 * dimension and each metric's unit; the values sit at the top level beside the dimension.
 */
export function emfRecord(
  namespace: string,
  service: string,
  metrics: Readonly<Record<string, { readonly value: number; readonly unit: EmfUnit }>>,
  at: Date,
  /** More dimensions beside `service` (e.g. `route`): each one more metric series to pay for, so few. */
  dimensions: Readonly<Record<string, string>> = {},
): Record<string, unknown> {
  return {
    _aws: {
      Timestamp: at.getTime(),
      CloudWatchMetrics: [
        {
          Namespace: namespace,
          Dimensions: [['service', ...Object.keys(dimensions)]],
          Metrics: Object.entries(metrics).map(([name, { unit }]) => ({ Name: name, Unit: unit })),
        },
      ],
    },
    service,
    ...dimensions,
    ...Object.fromEntries(Object.entries(metrics).map(([name, { value }]) => [name, value])),
  };
}
