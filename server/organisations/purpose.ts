/** Version of the coalition's Statement of Purpose that organisations agree to. */
export const CURRENT_PURPOSE_VERSION = 1;
