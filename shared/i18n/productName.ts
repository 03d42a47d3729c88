/** The product's name and its mark: the same in every language, so never in a catalogue. */
export const PRODUCT_NAME = 'Accord';
export const PRODUCT_MARK = PRODUCT_NAME.charAt(0);
