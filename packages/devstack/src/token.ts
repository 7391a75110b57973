import { ROLES, roleSchema } from '@ayni/auth';
import { issueLocalToken, readLocalKeyPair } from '@ayni/auth/local-issuer';
import { ConfigError, loadConfig } from '@ayni/core';
import { parseArgs } from 'node:util';
import * as z from 'zod';

const USAGE = `Usage: npm run token -- --sub <user> [--org <organisationId>] --roles <role,role> [--ttl 8h]
Roles: ${ROLES.join(', ')}
Prints a bearer token signed by the local key that \`npm start\` keeps under DATA_DIR.`;

const argsSchema = z.object({
  sub: z.string().min(1, '--sub is required'),
  org: z.string().min(1).optional(),
  roles: z
    .string({ error: '--roles is required' })
    .transform((value) =>
      value
        .split(',')
        .map((role) => role.trim())
        .filter(Boolean),
    )
    .pipe(z.array(roleSchema).min(1, '--roles needs at least one role')),
  ttl: z
    .string()
    .regex(/^\d+[smhd]$/, '--ttl must look like 30m, 8h or 7d')
    .default('8h'),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sub: { type: 'string' },
      org: { type: 'string' },
      roles: { type: 'string' },
      ttl: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(`${parsed.error.issues.map((issue) => issue.message).join('\n')}\n\n${USAGE}`);
    process.exit(2);
  }
  const config = loadConfig(process.env);
  const keys = await readLocalKeyPair(config.DATA_DIR);
  const token = await issueLocalToken(keys, {
    sub: parsed.data.sub,
    org: parsed.data.org,
    roles: parsed.data.roles,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    expiresIn: parsed.data.ttl,
  });
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
