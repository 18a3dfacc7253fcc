/** Who signs: from the user's `dnSoap.signer` setting or an entry of `clinicians` in .dnlintrc.json. */
export interface Signer {
  name: string;
  credentials: string;
  role?: string;
  id?: string;
}

/** "Jane Doe, PT, DPT" */
export const signerLabel = (s: Pick<Signer, 'name' | 'credentials'>) => (s.credentials ? `${s.name}, ${s.credentials}` : s.name);

/** A reason or name as one line of plain text (what a clinician typed may hold line breaks). */
export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
