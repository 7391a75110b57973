export * from '@ayni/client/webhooks';
