import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { KEY_ATTRIBUTE_TYPE, tableDefinition } from '@ayni/store/table';
import type { Construct } from 'constructs';

/** The table definition says `S`; this is the matching CDK attribute type. */
const attributeType = { S: AttributeType.STRING } as const satisfies Record<typeof KEY_ATTRIBUTE_TYPE, AttributeType>;

/** Capacity modes the table definition may name. */
const billingMode = { PAY_PER_REQUEST: () => Billing.onDemand() } as const satisfies Record<typeof tableDefinition.billing, () => Billing>;

/** Stream view types the table definition may name. */
const streamViewType = { NEW_AND_OLD_IMAGES: StreamViewType.NEW_AND_OLD_IMAGES } as const satisfies Record<typeof tableDefinition.stream, StreamViewType>;

/**
 * The single table, built from `@ayni/store/table` (the same object the local stack uses), so the
 * cloud table and DynamoDB Local cannot drift apart.
 *
 * TableV2 (CloudFormation `AWS::DynamoDB::GlobalTable`) rather than `Table`: it is the construct CDK
 * recommends today, and a replica region can be added later without replacing the table (moving
 * from `Table` to `TableV2` later would mean a retain-and-import migration of a live table).
 *
 * Encryption: the AWS-owned key (DynamoDB's default): no KMS request charges or throttling on the
 * hot path; an AWS-managed key would add cost without giving us control of the key.
 *
 * Stream: the definition's view type; it carries the transactional outbox to its consumers (the
 * webhooks dispatcher, infra/lib/outbox-stream.ts).
 */
export function createTable(scope: Construct, id: string): TableV2 {
  const type = attributeType[KEY_ATTRIBUTE_TYPE];
  return new TableV2(scope, id, {
    partitionKey: { name: tableDefinition.keys.partitionKey, type },
    sortKey: { name: tableDefinition.keys.sortKey, type },
    globalSecondaryIndexes: tableDefinition.globalIndexes.map((index) => ({
      indexName: index.indexName,
      partitionKey: { name: index.partitionKey, type },
      sortKey: { name: index.sortKey, type },
      // Default projection (ALL): the overloaded indexes serve whole entities.
    })),
    timeToLiveAttribute: tableDefinition.ttlAttribute,
    billing: billingMode[tableDefinition.billing](),
    dynamoStream: streamViewType[tableDefinition.stream],
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: true,
    encryption: TableEncryptionV2.dynamoOwnedKey(),
    removalPolicy: RemovalPolicy.RETAIN,
  });
}
