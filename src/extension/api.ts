// What `activate` returns to other extensions and to the real-VS-Code tests.
import type { ClaimStore } from './store/api';

export interface ClaimLensApi {
  /** The annotations of open articles, and every sidecar of the workspace. */
  readonly store: ClaimStore;
}
