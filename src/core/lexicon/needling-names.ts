// The needling's everyday names, in a module of their own so the status words (which the needling patterns import) can
// build on them too.

/**
 * The needling's everyday names, as clinics write them before what comes of it or after what it is for ("post-IMS advice",
 * "signed DN form", "VC for DN gained"): the short list those phrases are built from, not every name of NEEDLING_TERMS.
 */
export const NEEDLING_NAMES: readonly string[] = ['needling', 'dry needling', 'DN', 'TDN', 'IMS'];
