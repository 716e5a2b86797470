/** The app's name, as every sentence that names it says it. */
export const APP_NAME = 'Common Thread';
