/** Real feature names of the security services, by service id (see index.ts). */
export const securityFeatures: Record<string, readonly string[]> = {
};
