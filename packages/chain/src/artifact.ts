import type { InterfaceAbi } from 'ethers';
// A JSON import (not an fs read) so esbuild inlines the artifact into Lambda bundles.
import artifact from '../artifacts/AyniAnchor.json' with { type: 'json' };

export const anchorContractName: string = artifact.contractName;
export const anchorAbi: InterfaceAbi = artifact.abi;
export const anchorBytecode: string = artifact.bytecode;
export const anchorDeployedBytecode: string = artifact.deployedBytecode;
export const anchorSourceSha256: string = artifact.sourceSha256;
export const anchorCompilerVersion: string = artifact.compiler.version;
