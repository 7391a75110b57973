import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccountRecovery, ClientAttributes, Mfa, StringAttribute, UserPool, VerificationEmailStyle, type UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** Each role `@ayni/auth` checks is a Cognito group of the same name. */
export { ROLES, type Role } from '@ayni/auth';
import { ROLES } from '@ayni/auth';

/** Name of the custom user attribute carrying the organisation; it appears as `custom:org` in tokens. */
export const ORG_ATTRIBUTE = 'org';

/**
 * The Cognito user pool, its groups and the app client.
 *
 * How the app reads identity (no pre-token-generation trigger is needed): clients send the **ID
 * token** as the bearer token. Cognito ID tokens carry `aud` = the app client id (checked by the
 * API Gateway JWT authorizer), the user's groups in `cognito:groups` (= roles) and the organisation
 * in `custom:org`. Access tokens would not do: they carry no custom attributes (and their audience is
 * in `client_id`, not `aud`).
 *
 * Users are created by administrators (no self sign-up); administrators put them in groups and set
 * `custom:org`. The app client may NOT write `custom:org` (nor email), otherwise a user could move
 * themselves to another tenant with UpdateUserAttributes.
 */
export class Identity extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  /** Issuer of the pool's tokens: `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`. */
  readonly issuerUrl: string;

  constructor(scope: Construct, id: string, props: { readonly stage: string }) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `ayni-${props.stage}`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      customAttributes: {
        // Mutable so administrators can move a member between organisations.
        [ORG_ATTRIBUTE]: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // User-facing text is Spanish (house style). Cognito's default sender allows few emails a day:
      // production should configure SES through the `email` prop.
      userInvitation: {
        emailSubject: 'Bienvenida a Ayni',
        emailBody:
          'Hola: se creó tu cuenta de Ayni. Tu usuario es {username} y tu contraseña temporal es {####}. ' + 'Al iniciar sesión deberás elegir una nueva.',
      },
      userVerification: {
        emailSubject: 'Ayni: tu código de verificación',
        emailBody: 'Tu código de verificación de Ayni es {####}.',
        emailStyle: VerificationEmailStyle.CODE,
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    ROLES.forEach((role, precedence) => {
      this.userPool.addGroup(`Group-${role}`, {
        groupName: role,
        description: `Ayni role ${role}`,
        // Lower is stronger; only used by Cognito to pick a group's IAM role, which we do not use.
        precedence,
      });
    });

    this.client = this.userPool.addClient('AppClient', {
      userPoolClientName: `ayni-${props.stage}-app`,
      generateSecret: false,
      // SRP sign-in; ALLOW_REFRESH_TOKEN_AUTH is always added by CDK.
      authFlows: { userSrp: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true, locale: true }),
    });

    // Built like CDK's own HttpUserPoolAuthorizer does: the pool's `ProviderURL` attribute lacks the scheme.
    const stack = Stack.of(this);
    this.issuerUrl = `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${this.userPool.userPoolId}`;
  }
}
