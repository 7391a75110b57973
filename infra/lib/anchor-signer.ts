import { RemovalPolicy } from 'aws-cdk-lib';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * The anchorer's key: an asymmetric secp256k1 KMS key. The private key never leaves KMS; the
 * anchoring Lambda asks KMS to sign transaction digests and derives its address from the public key.
 * Kept on stack deletion: its address is the authorised anchorer of the deployed contract.
 */
export class AnchorSigner extends Construct {
  readonly key: Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: 'Ayni provenance anchorer (secp256k1, sign only)',
      keySpec: KeySpec.ECC_SECG_P256K1,
      keyUsage: KeyUsage.SIGN_VERIFY,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  grantSign(grantee: IGrantable): void {
    this.key.grant(grantee, 'kms:Sign', 'kms:GetPublicKey');
  }
}
