/** What the account routes receive (mounted by createAuthApiRouter in auth-router.ts). */
import type { Auth } from '../auth/auth-service';
import type { LoginThrottle } from '../auth/login-throttle';
import type { Logger } from '../logger';
import type { Runtime } from '../runtime/run-app';
import type { Store } from '../store/store';

export interface AuthRouteDeps {
  store: Store;
  auth: Auth;
  throttle: LoginThrottle;
  runtime: Runtime;
  logger: Logger;
}
