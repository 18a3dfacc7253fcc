// A note signed by the clinic's example clinician, for the signing rules' documented examples
// (their "good" and "bad" cases, which the rule docs show and a test runs).
export const SIGNED_EXAMPLE = `O: DN R upper trapezius 0.25x30 mm, LTR x2.

***

<!-- dn-signature v1
signs: note
meaning: author
name: "Jane Doe"
credentials: "PT, DPT"
at: 2025-03-04T17:05:00-05:00
digest: sha256:afff5fce2b28840dc7d09580638c530d6da73a9244982efd5c7cefb74b4088f9
seal: sha256:23ad7a769e333f51a0661e1d9accdd77606b93c4f2b145a234a8dc2e1c2b40fa
-->
**Signed by Jane Doe, PT, DPT** (author) · 2025-03-04 17:05 −05:00\\
SHA-256 \`afff5fce2b28840dc7d09580638c530d6da73a9244982efd5c7cefb74b4088f9\`
`;
