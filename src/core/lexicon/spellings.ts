// Informal spellings clinicians type for whole words of the lexicon ("risks gone thru", "sore tomoro", "ice tonite").
// The pattern builder lets each lexicon word match its spellings here, so no list restates them.
// ("tmr" is left out: "TMR" is also total motion release.)
export const INFORMAL_SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['through', ['thru']],
  ['tomorrow', ['tomoro', 'tomorow', 'tmrw']],
  ['tonight', ['tonite']],
  ['though', ['tho']],
]);
