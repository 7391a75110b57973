import { createHash } from 'node:crypto';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import solc from 'solc';

export const ANCHOR_CONTRACT_NAME = 'AyniAnchor';
export const anchorSourcePath = fileURLToPath(new URL('../contracts/AyniAnchor.sol', import.meta.url));
export const anchorArtifactPath = fileURLToPath(new URL('../artifacts/AyniAnchor.json', import.meta.url));

/** Key of the source in the standard JSON input; kept path-free so the output is machine-independent. */
const SOURCE_KEY = 'AyniAnchor.sol';

/**
 * Compiler settings recorded in the artifact. `bytecodeHash: 'none'` drops the metadata hash from
 * the bytecode, so the bytecode depends only on the code and these settings; `sourceSha256` in the
 * artifact is what ties it to the exact source text. `cancun` runs on every current testnet and L2.
 * The IR pipeline gives both the smallest code (812 vs 1,110 bytes) and the cheapest `anchor`;
 * higher runs only grow the code without lowering `anchor` gas.
 */
export const anchorCompilerSettings = {
  viaIR: true,
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  metadata: { bytecodeHash: 'none' },
} as const;

export interface AnchorArtifact {
  contractName: string;
  sourceSha256: string;
  compiler: { version: string; settings: typeof anchorCompilerSettings };
  abi: readonly Record<string, unknown>[];
  bytecode: string;
  deployedBytecode: string;
}

export interface CompiledAnchor {
  artifact: AnchorArtifact;
  /** Formatted compiler warnings; the committed contract is expected to have none. */
  warnings: string[];
}

export class ContractCompileError extends Error {
  constructor(
    message: string,
    readonly diagnostics: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ContractCompileError';
  }
}

interface SolcDiagnostic {
  severity: 'error' | 'warning' | 'info';
  formattedMessage?: string;
  message: string;
}

interface SolcOutput {
  errors?: SolcDiagnostic[];
  contracts?: Record<
    string,
    Record<
      string,
      {
        abi: Record<string, unknown>[];
        evm: { bytecode: { object: string }; deployedBytecode: { object: string } };
      }
    >
  >;
}

/** Line endings are normalised so a CRLF checkout hashes and compiles identically. */
function normaliseSource(raw: string): string {
  return raw.replace(/\r\n/g, '\n');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Compiles AyniAnchor.sol with the bundled solc-js; pure apart from reading the source file. */
export async function compileAnchor(sourcePath: string = anchorSourcePath): Promise<CompiledAnchor> {
  const source = normaliseSource(await readFile(sourcePath, 'utf8'));
  const input = {
    language: 'Solidity',
    sources: { [SOURCE_KEY]: { content: source } },
    settings: {
      ...anchorCompilerSettings,
      outputSelection: {
        [SOURCE_KEY]: {
          [ANCHOR_CONTRACT_NAME]: ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'],
        },
      },
    },
  };

  let output: SolcOutput;
  try {
    output = JSON.parse(solc.compile(JSON.stringify(input))) as SolcOutput;
  } catch (cause) {
    throw new ContractCompileError('solc failed to run', [], { cause });
  }

  const diagnostics = output.errors ?? [];
  const format = (d: SolcDiagnostic) => (d.formattedMessage ?? d.message).trim();
  const errors = diagnostics.filter((d) => d.severity === 'error').map(format);
  if (errors.length > 0) {
    throw new ContractCompileError(`${ANCHOR_CONTRACT_NAME} failed to compile:\n${errors.join('\n')}`, errors);
  }

  const contract = output.contracts?.[SOURCE_KEY]?.[ANCHOR_CONTRACT_NAME];
  if (!contract) {
    throw new ContractCompileError(`solc produced no output for ${ANCHOR_CONTRACT_NAME}`);
  }

  return {
    artifact: {
      contractName: ANCHOR_CONTRACT_NAME,
      sourceSha256: sha256Hex(source),
      compiler: { version: solc.version() as string, settings: anchorCompilerSettings },
      abi: contract.abi,
      bytecode: `0x${contract.evm.bytecode.object}`,
      deployedBytecode: `0x${contract.evm.deployedBytecode.object}`,
    },
    warnings: diagnostics.filter((d) => d.severity === 'warning').map(format),
  };
}

export function serialiseArtifact(artifact: AnchorArtifact): string {
  return `${JSON.stringify(artifact, null, 2)}\n`;
}

export async function writeAnchorArtifact(artifact: AnchorArtifact, path: string = anchorArtifactPath): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, serialiseArtifact(artifact), 'utf8');
  return path;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (invokedDirectly) {
  const started = performance.now();
  const { artifact, warnings } = await compileAnchor();
  for (const warning of warnings) console.warn(warning);
  const path = await writeAnchorArtifact(artifact);
  const ms = Math.round(performance.now() - started);
  console.log(
    `${artifact.contractName}: ${(artifact.deployedBytecode.length - 2) / 2} bytes runtime, ` + `solc ${artifact.compiler.version}, ${ms} ms -> ${path}`,
  );
}
