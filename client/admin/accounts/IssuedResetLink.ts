/** A password reset link just issued, and whose it is. */
export interface IssuedResetLink {
  name: string;
  url: string;
}
