import { ConfigError, decimalQuantitySchema, fitsUnit, formatQuantity, loadConfig } from '@ayni/core';
import { describe, expect, it } from 'vitest';

describe('configuration', () => {
  it('runs on embedded defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, TABLE_NAME: 'ayni', AUTH_MODE: 'local', DYNAMODB_LOCAL_PORT: 8000, EVM_PORT: 8545 });
    expect(config.CHAIN_RPC_URL).toBeUndefined();
  });

  it('stops with a message naming every bad variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', CHAIN_RPC_URL: 'not a url', ANCHOR_SIGNER_KEY: '0x1234' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect([...(error as ConfigError).variables].sort()).toEqual(['ANCHOR_SIGNER_KEY', 'CHAIN_RPC_URL', 'PORT']);
    expect((error as ConfigError).message).toContain('PORT:');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ CHAIN_RPC_URL: '' }).CHAIN_RPC_URL).toBeUndefined();
  });
});

describe('quantities', () => {
  it('parse decimals exactly into thousandths', () => {
    expect(decimalQuantitySchema.parse('2.5')).toBe(2500);
    expect(decimalQuantitySchema.parse(0.001)).toBe(1);
    expect(decimalQuantitySchema.parse(12)).toBe(12000);
    expect(decimalQuantitySchema.safeParse('1.0005').success).toBe(false);
    expect(decimalQuantitySchema.safeParse(-1).success).toBe(false);
    expect(formatQuantity(2500)).toBe('2.5');
  });

  it('respect what each unit allows', () => {
    expect(fitsUnit(1500, 'kg')).toBe(true);
    expect(fitsUnit(1500, 'dozen')).toBe(false);
    expect(fitsUnit(3000, 'unit')).toBe(true);
    expect(fitsUnit(1005, 'metre')).toBe(false);
  });
});
