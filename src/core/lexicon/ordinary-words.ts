// Words a needling line is made of that are never a misspelt muscle name.
import { EXAM_TERMS } from './exam';
import { NEEDLING_TERMS, NEEDLE_TECHNIQUE_TERMS } from './needling';
import { AREAS } from './places';
import { REFERRAL_TERMS, TOLERANCE_TERMS } from './responses';
import { OTHER_TREATMENT_TERMS } from './treatments';

const BASE = ('with and the then than from into onto over under toward towards each both side sided left right needle needles needled needling mm gauge '
  + 'patient tolerated pistoning static twitch twitches elicited obtained response responses referral referred familiar pain minutes min sec seconds '
  + 'time times insertion insertions performed completed done today using used technique approach grip pincer flat palpation caudal caudally cranial '
  + 'direction directed medial lateral anterior posterior superior inferior deep superficial local trigger point points band taut active latent good well '
  + 'fair poor none noted also again only all every muscle muscles treated treatment session visit dry procedure prone supine sitting seated lying '
  + 'position positioned angled angle depth proximal distal central origin region '
  // Where the needle points, on a lead-in ("pincer grip, needle aimed away from lung, 0.25x30 mm:").
  + 'aimed aiming pointed pointing away lung lungs pleura ribs '
  + 'supinated pronated flexed extended abducted adducted rotated everted inverted dorsiflexed plantarflexed neutral pillow bolster supported resting '
  + 'supination pronation flexion extension abduction adduction rotation eversion inversion dorsiflexion plantarflexion elevation depression protraction retraction '
  + 'area site sites tender tenderness this that these those were was were there their after before during post pre repeated reduced improved '
  + 'increased decreased felt reported states noticed ache achy tight tightness sore soreness cramp cramping sensation brief mild moderate severe '
  // How often, and the skin's preparation, on a lead-in over the muscles ("skin prepped w/ alcohol twice, 0.25x30 mm throughout:").
  + 'once twice thrice throughout skin prepped prep cleaned cleansed swab swabbed alcohol chlorhexidine '
  // Current through the needles ("E-stim parameters, leads on needles 1 + 3: 2 Hz, 250 us").
  + 'lead leads electrode electrodes clip clips clipped attached connected cathode anode polarity pulse pulses frequency intensity amplitude current').split(' ');

const wordsOf = (phrases: readonly string[]) => phrases.flatMap((p) => p.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length >= 4);

export const ORDINARY_WORDS: ReadonlySet<string> = new Set([
  ...BASE, ...wordsOf(NEEDLING_TERMS), ...wordsOf(NEEDLE_TECHNIQUE_TERMS), ...wordsOf(REFERRAL_TERMS), ...wordsOf(TOLERANCE_TERMS),
  ...wordsOf(EXAM_TERMS), ...wordsOf(OTHER_TREATMENT_TERMS),
  // Body areas ("L groin" over the muscles needled there): a known muscle's name is read before this list is asked.
  ...wordsOf(AREAS.flatMap((a) => a.words)),
]);
