/** Real feature names of the network services, by service id (see index.ts). */
export const networkFeatures: Record<string, readonly string[]> = {
};
