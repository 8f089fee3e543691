import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument } from '../../src/ingest/prepare.js';
import { splitSentences } from '../../src/analyse/sentences.js';
import { candidatesOf, extractFigures } from '../../src/extract/figures/index.js';
import { tokenize } from '../../src/analyse/tokens.js';

/** The gva reading: the largest killed and injured among figures not cumulative. */
function counts(text: string): [number, number] {
  const doc = prepareDocument({ text });
  const figures = extractFigures({ doc, sentences: splitSentences(doc), dates: [], places: [] }).filter((f) => f.scope !== 'cumulative');
  const best = (kind: string) => Math.max(0, ...figures.filter((f) => f.kind === kind).map((f) => f.value));
  return [best('killed'), best('injured')];
}

// [rule family, text, [killed, injured]] — sentences written for these tests, modelled on local news
const CASES: [string, string, [number, number]][] = [
  ['implicit victim', 'A man was shot and killed Monday night in Memphis.', [1, 0]],
  ['declared deceased', 'A 17-year-old boy was shot. He was taken to a hospital where he was declared deceased.', [1, 0]],
  ['wounded then died', 'A woman was shot and wounded on Friday. She later died at the hospital.', [1, 0]],
  ['two men shot', 'Two men were shot late Sunday on Elm Street, police said.', [0, 2]],
  ['shot, one fatally', 'Three people were shot, one fatally, on Sunday evening.', [1, 2]],
  ['killed and others hurt', 'One man was killed and five others were hurt in the attack.', [1, 5]],
  ['another', 'A man was killed and another injured early this morning.', [1, 1]],
  ['named victim', 'Terrell Skinner, 26, was pronounced dead at the scene by the coroner.', [1, 0]],
  ['apposition with Jr.', 'Two men were shot on Oak Street. The driver, Marcus Lee Jr., died later that night.', [1, 1]],
  ['apposition with an initial', 'Two men were shot. The older man, Ray T. Mills, has died, police said.', [1, 1]],
  ['sentence ends after Jr.', 'Two men were shot by Paul Hart Jr. The younger one is in stable condition.', [0, 2]],
  ['abbreviation before the verb', 'Two men were shot. The older one, Dan Cole, of Washington D.C. died on Friday.', [1, 1]],
  ['an initial in an apposition', 'Two people were shot. A woman, Mary J. Blythe, of Austin has died.', [1, 1]],
  ['abbreviation ends the sentence', 'Two men were shot near the U.S. Capitol in Washington, D.C. Police are looking for a gray car.', [0, 2]],
  ['age before name', '14-year-old Sam Poe died at 9:30 a.m. Monday.', [1, 0]],
  ['object name', 'A gunman opened fire, killing Poe and critically wounding another man.', [1, 1]],
  ['object pronoun', 'An officer followed the suspect into the yard, where he fatally shot him.', [1, 0]],
  ['possessive object', 'A man killed his 4-year-old son and then himself on Sunday night.', [2, 0]],
  ['partner as a person', 'A woman shot and killed her partner and her father on Tuesday.', [2, 0]],
  ['grader as a person', 'A seventh-grader was shot and killed outside the school.', [1, 0]],
  ['committed suicide after killing', 'A teenager shot his younger sister to death, wounded his father and then committed suicide.', [2, 1]],
  ['committed suicide told alone', 'The gunman killed three people at the store. He later committed suicide in his car.', [3, 0]],
  ['left dead before suicide', 'The rampage left five people dead before the gunman killed himself.', [6, 0]],
  ['left dead including the gunman', 'The attack left three people dead, including the gunman, who killed himself.', [3, 0]],
  ['one of two shot to death', 'The mother of one of two teenagers shot to death outside a bar spoke on Sunday.', [2, 0]],
  ['one of five shot has died', 'One of five people shot on Saturday has died.', [1, 4]],
  ['a group after a named apposition', 'The man fatally shot his wife, Ann Roe, 41, and their 3-year-old daughter, police said.', [2, 0]],
  ['a name in apposition alone', 'He fatally shot his neighbor, Tom Ash, on Friday.', [1, 0]],
  ['counts of murder after a count of the dead', 'One man was killed and two were hurt. The gunman faces two counts of murder.', [1, 2]],
  ['counts of murder after victims told one by one', 'Jane Roe died at the scene. Joe Roe died at a hospital. Smith faces two counts of murder.', [2, 0]],
  ['shot himself after killing', 'The gunman killed two and wounded one before shooting himself.', [3, 1]],
  ['shot himself, a wound', 'A man accidentally shot himself in the hand while cleaning a pistol.', [0, 1]],
  ['the killer killed after before', 'Three people were killed by a man at a motel before he was shot and killed by deputies.', [4, 0]],
  ['a death after before, told glued', 'A shooting left one man dead and two hurt.Police say he was shot before he died at a hospital.', [1, 2]],
  ['killed by one who shot himself', 'Three people were shot dead at a farm by a man who later shot himself.', [4, 0]],
  ['a late ordinal death', 'A fourth victim, a woman, was flown to a trauma center in grave condition and died there on Sunday.', [4, 0]],
  ['a possessive before the count', 'Police say he killed the woman\'s two children and then turned the gun on himself.', [3, 0]],
  ['a noun of age before a person noun', 'A vigil was held for a teen girl who was shot and killed outside her school.', [1, 0]],
  ['self-inflicted after killing', 'He died of a self-inflicted gunshot wound after shooting and killing two men at a bar.', [3, 0]],
  ['self-inflicted, a wound', 'The boy suffered a self-inflicted gunshot wound to the hand.', [0, 1]],
  ['shot two then himself, the two died', 'A man shot his wife and his stepson before turning the gun on himself. The woman and the boy died at a hospital.', [3, 0]],
  ['shot one then herself, one hurt', 'A student shot another girl before turning the gun on herself. The girl is in stable condition.', [1, 1]],
  ['left others dead, the gunman killed', 'Police shot and killed a gunman after a rampage that left two others dead and three hurt.', [3, 3]],
  ['one person, then a count, in a list', 'A man, two women and a small child were killed on Saturday, police said.', [4, 0]],
  ['a count and its breakdown', 'Thirteen people, 11 men and two women, were shot on Sunday.', [0, 13]],
  ['the one arrested, shot', 'Rob Lee Dunn has been arrested in the shooting death of a woman. Police found Dunn shot in the arm.', [1, 1]],
  ['shot and stabbed her father', 'Police say Mary Kerr shot and stabbed her father on Friday.', [0, 0]],
  ['twins', 'A father fatally shot his twin daughters and then himself.', [3, 0]],
  ['a family of five', 'A family of five was found shot dead in their home on Sunday.', [5, 0]],
  // a name governed by a preposition is no subject and does not cut the clause of the people before it
  ['name after with', 'A boy died. A 30-year-old man and a 12-year-old girl in the car with Smith were also hit by gunfire.', [1, 2]],
  ['name after by', 'A woman was shot by Carter, who fled on foot.', [0, 1]],
  // an apposition of harm (participle and preposition) is the noun's own: "a fourth man, shot in the hip, ran"
  ['harm apposition', 'Two men were found dead in the yard. A third man, shot in the hip, ran to a neighbor.', [2, 1]],
  ['plain harm apposition', 'A woman, wounded by a stray bullet, walked to a gas station for help.', [0, 1]],
  // passersby, survivors, youngsters … are people
  ['passersby', 'The shots missed the clerk, grazing two passersby on the sidewalk.', [0, 2]],
  ['youngster', 'The gun went off, hitting the youngster in the hand.', [0, 1]],
  ['survivors', 'The four survivors suffered minor injuries, police said.', [0, 4]],
  // an injury in the singular hurts ("suffered a minor injury"), "a minor injury" counts no juvenile, "causing injury" names a charge
  ['singular injury', 'A man was killed. A woman suffered a minor injury to her hand.', [1, 1]],
  ['gunshot injury', 'A girl had a gunshot injury to her foot.', [0, 1]],
  ['a minor as a person', 'A minor was shot in the arm.', [0, 1]],
  ['injury in a charge', 'A man was charged with discharging a firearm causing injury.', [0, 0]],
  // "is recovering at / in / from": hurt and alive
  ['recovering at a hospital', 'A man was killed. His 9-year-old son is recovering at a children\'s hospital.', [1, 1]],
  ['recovering from wounds', 'Two teens are recovering from gunshot wounds after the party.', [0, 2]],
  // still in hospital is alive and hurt, besides the dead
  ['remains in the hospital', 'A boy has died and his grandmother remains in the hospital.', [1, 1]],
  ['still hospitalized then died', 'A man was shot. He remains hospitalized. He died on Friday.', [1, 0]],
  // "his / her injuries are not life-threatening": one person hurt who lived ("if her injuries were life threatening" says nothing)
  ['his injuries not grave', 'Officers said his injuries do not appear to be life threatening.', [0, 1]],
  ['her injuries minor', 'A girl found the gun under a bed. Her injuries were minor, police said.', [0, 1]],
  ['her injuries unknown', 'It was not clear if her injuries were life threatening.', [0, 0]],
  ['his injuries fatal', 'A man was shot and killed. His injuries were not survivable.', [1, 0]],
  // "wounded several more": a vague count of more people (not "several more times")
  ['several more', 'The gunman killed two deputies and wounded several more before he fled.', [2, 3]],
  ['several more times', 'A man was shot several more times in the back.', [0, 1]],
  // "also" past a name in apposition: someone besides the dead
  ['also past a name', 'Two people were killed. Her brother, Sam Reed, was also shot in the arm.', [2, 1]],
  // "the wounded woman … shot": hurt and alive, whatever "shot" says
  ['wounded and shot', 'Three men were found dead. The wounded woman, shot in the face, is the mother of two.', [3, 1]],
  // "injure" before its count, as "injuring"; not after intent ("threatened to injure")
  ['injure before a count', 'He went on to fire at cars on the freeway and injure at least three others.', [0, 3]],
  ['threatened to injure', 'He threatened to injure two officers.', [0, 0]],
  // "underwent surgery": hurt and alive
  ['underwent surgery', 'A 12-year-old girl underwent surgery on Sunday after the gun went off.', [0, 1]],
  ['a family of four unhurt', 'A man was shot in the arm outside the home of a family of four, who were not hurt.', [0, 1]],
  ['fallen as a modifier', 'The three fallen deputies killed on Friday were buried today.', [3, 0]],
  ['counted by ages', 'A gunman opened fire on a porch, wounding her nephews, ages 9 and 14.', [0, 2]],
  ['since as an adverb', 'Three men were shot at a bar. Two of them have since died.', [2, 1]],
  ['since as a clause', 'Two men have been held since a shooting killed a boy on Elm Street.', [1, 0]],
  ['travelers as persons', 'Police said the man fatally shot four travelers at the station.', [4, 0]],
  ['hedged ages', 'Two men, believed to be 22 and 58, were shot and killed.', [2, 0]],
  ['coordination', 'A woman and toddler died after they were shot on Quarry Road.', [2, 0]],
  ['coordination with number', 'A man and two girls were shot to death early Saturday.', [3, 0]],
  ['coordinated names', 'John Smith and Jane Doe were shot and killed at the party.', [2, 0]],
  ['possessive group', 'The gunman killed a woman and her two children before killing himself.', [4, 0]],
  // "her" before a count: a possessive ("her three sons"), an object only before "times"
  ['her three children', 'A woman and her three children were shot dead in the apartment.', [4, 0]],
  ['killed her four children', 'Police said the gunman killed her four children.', [4, 0]],
  ['shot her three times', 'The man shot her three times in the back.', [0, 1]],
  ['a man and his wife', 'A man and his wife were shot Monday.', [0, 2]],
  ['apposition', 'A 16-year-old boy, one of three people hit by gunfire Tuesday night, has died.', [1, 2]],
  ['partitive death', 'One of five people hurt in a shooting on Sunday night has died.', [1, 4]],
  ['charges', 'The man was charged with first-degree murder in the death of his neighbour.', [1, 0]],
  // plural nouns of killing before the count: "the slayings of four people"
  ['slayings of', 'A neighbour was arrested in the slayings of three people at a farm outside town.', [3, 0]],
  ['killings of', 'Jurors heard evidence about the killings of two brothers in a parking garage.', [2, 0]],
  ['killings (no count)', 'The killings shocked the small town.', [0, 0]],
  ['counts of murder', 'He is charged with three counts of murder and two counts of attempted murder.', [3, 0]],
  ['murder counts after the count', 'He will stand trial on three first-degree murder counts and one count of arson.', [3, 0]],
  ['murder counts of attempt', 'He will stand trial on two attempted murder counts.', [0, 0]],
  ['charged with involuntary manslaughter', 'The boy\'s uncle was charged with involuntary manslaughter on Friday.', [1, 0]],
  ['a homicide charge', 'The teen faces a criminal homicide charge after the shooting at the park.', [1, 0]],
  ['charges of attempted murder', 'The man faces charges of attempted murder after the shooting at the park.', [0, 0]],
  ['counts of capital murder', 'A woman was shot dead at home. Her neighbor faces two counts of capital murder, one for a victim under six.', [1, 0]],
  ['shot at a place', 'Five people were shot at a house party on Saturday.', [0, 5]],
  ['shot at a target', 'Both teens said they were shot at by a man in a black car.', [0, 0]],
  // a count of wounds is no stop between people and the words of their harm; a count of gunshot victims counts people
  ['count of wounds in between', 'Two men received multiple gunshot wounds on Main Street, police said.', [0, 2]],
  ['gunshot victims', 'Three gunshot victims were taken to hospitals on Sunday.', [0, 3]],
  // a word before the institution that names the people ("capitol police officers") is one more modifier
  ['a modifier before an institution', 'The gunman killed a neighbor and injured two capitol police officers at the courthouse.', [1, 2]],
  ['a word before an unknown noun', 'The gunman killed a neighbor and injured two recent arrivals at the courthouse.', [1, 0]],
  // a part of a count that died, with any number word and past "the": "Four of the five people shot died"
  ['four of the five shot died', 'Four of the five people shot at the house died of their injuries.', [4, 1]],
  ['two of the three who were shot died', 'Two of the three men who were shot on Sunday died.', [2, 1]],
  ['part of the dead', 'Four of the five people killed were relatives.', [5, 0]],
  // a surname alone opening the sentence is a person before "suffered", "sustained", "remains"
  ['surname before suffered', 'Jones suffered a gunshot wound to the leg and was taken to a hospital.', [0, 1]],
  ['capitalised word before a verb', 'Gunfire broke out on Elm Street. Witnesses suffered no injuries, police said.', [0, 0]],
  // what a source cannot say ("not able to say if", "unclear whether") tells no count; a test "to determine if" still does
  ['not able to say if', 'Four men were wounded in a shooting on Elm Street. Police were not able to say if the man had died.', [0, 4]],
  ['unclear whether', 'Two people were shot on Sunday. It is unclear whether a third person was hit.', [0, 2]],
  ['to determine if', 'Police are waiting on tests to determine if the shooting death of a teen was an accident.', [1, 0]],
  ['murder-suicide', 'Deputies are investigating a murder-suicide at a home on Oak Lane.', [2, 0]],
  ['attempted murder-suicide', 'Deputies are investigating an attempted murder-suicide at a home on Oak Lane.', [0, 0]],
  // a double / triple murder-suicide: those murdered and the killer
  ['double murder-suicide', 'Police called the deaths at the farmhouse a double murder-suicide.', [3, 0]],
  ['triple murder-suicide', 'Detectives believe it was a triple murder-suicide, the sheriff said.', [4, 0]],
  ['triple murder suicide (no hyphen)', 'The county has not seen a triple murder suicide in decades.', [4, 0]],
  ['attempted double murder-suicide', 'He is accused of an attempted double murder-suicide at the motel.', [0, 0]],
  ['quadruple murder', 'The man denied any part in the quadruple murder on Pine Street.', [4, 0]],
  ['quintuple homicide', 'Investigators are still working the quintuple homicide from last spring.', [5, 0]],
  ['double murder trial (no suicide)', 'Jury selection began Monday in the double murder trial.', [2, 0]],
  ['double shooting', 'One man is dead in a double shooting that happened overnight.', [1, 1]],
  ['no one hurt', 'A man fired several shots at a house on Elm Street. No one was hurt.', [0, 0]],
  ['not injured', 'The girl was shot in the arm. Her mother and two other children were home but were not injured.', [0, 1]],
  ['critical condition', 'A teenager was shot Saturday. He is in critical condition at a local hospital.', [0, 1]],
  ['shot himself', 'A man accidentally shot himself in the leg in a parking lot on Sunday.', [0, 1]],
  // (no count of 16 people: two people by their ages)
  ['ages with and', 'Police said a 16 and 17-year-old were shot in the 4300 block of Maple Lane.', [0, 2]],
  ['weekend roundup is cumulative', 'At least 35 people have been shot across the city since Friday afternoon, eight of them fatally.', [0, 0]],
  ['other stories', 'A man was shot and killed on Monday.\n\nRelated:\n\nFive people were killed in a crash on the highway.', [1, 0]],
  // a death told at the end of a long sentence about the same victim; not when someone else is brought in before it
  ['died at the end of the sentence', 'A 15-year-old who was shot during an argument with a neighbour outside a store on Main Street late on Friday died on Sunday.', [1, 0]],
  ['died after shots counted', 'A man was shot three times in the chest outside the bar on Elm Street and died at the hospital.', [1, 0]],
  ['died: someone else (including)', 'Five people were shot at the party, including one who died at the scene.', [1, 4]],
  ['died: someone else (where NAME)', 'Two men were shot. Both were taken to the hospital, where Smith died.', [1, 1]],
  // the shooter's own death adds to those he killed before it in the sentence, not to a killing told as a noun
  ['suicide after killing', 'Police said the man killed his girlfriend before killing himself.', [2, 0]],
  ['suicide after a count', 'He shot and killed two neighbours and then killed himself.', [3, 0]],
  ['suicide coordinated', 'A father fatally shot his daughter and himself on Sunday.', [2, 0]],
  ['suicide: killing as a noun', 'He was charged in the fatal shooting of a teenager and took his own life in jail a week later.', [1, 0]],
  ['suicide: no death', 'The man shot himself in the leg while cleaning his gun.', [0, 1]],
  // "passed" alone before a stop, a comma or "at" is a death; "passed the house", "passed out" are not
  ['passed', 'A boy was shot at home. Hours later his family heard that he passed, the sheriff said.', [1, 0]],
  ['passed at', 'A woman was shot in the chest. She passed at the hospital on Monday.', [1, 0]],
  ['passed the house', 'A man was shot in the leg. Police said he passed the house twice before the shooting.', [0, 1]],
  ['passed out', 'A man was shot in the arm. He passed out at the scene.', [0, 1]],
  // "almost" right after the person: they lived
  ['almost lost her life', 'Three people were wounded on Elm Street. One girl almost lost her life.', [0, 3]],
  ['almost died', 'A teen almost died after he was shot in the neck, police said.', [0, 1]],
  ['nearly before a count', 'Nearly 30 people died in the fire.', [30, 0]],
  // lists of victims closed by "and": bare nouns after the first, single people, names with ages
  ['list of bare nouns', 'Police say the man killed his wife, son and daughter.', [3, 0]],
  ['list of people', 'A man, a woman and a child were found dead.', [3, 0]],
  ['list of names with ages', 'Mary Smith, 54, John Smith, 22, and Anne Smith, 20, were killed.', [3, 0]],
  ['list: a count and its breakdown', 'Police said 13 people, 11 men and two women, were shot at the party.', [0, 13]],
  ['list: a name in apposition', 'His wife, Jane Doe, was killed on Sunday.', [1, 0]],
  ['list: no closing and', 'The victim, a man in his 20s, died at the scene.', [1, 0]],
  // people counted before: "he and two others" is one group with him; "one of the victims … died" is one of the injured
  ['group with others', 'A man was killed. He and two others were shot outside a bar.', [1, 2]],
  ['group of others', 'A man was killed. Another man and two others were shot outside a bar.', [1, 3]],
  ['one of the victims died', 'Four people were injured in the shooting. One of the victims later died at the hospital.', [1, 3]],
  ['one of the victims: no death', 'Four people were injured in the shooting. One of the victims was a teenager.', [0, 4]],
  ['part of new people', 'He fatally shot four of his relatives.', [4, 0]],
  // a running total of the city's dead does not stand for the victim of the incident
  ['named victim beside a running total', 'At least 20 people have been killed in the city this year. On Sunday, John Smith was shot and killed outside his home.', [1, 0]],
  // a sentence end that lost its space is still read; a domain name is no sentence end
  ['glued sentences', 'The shooting left one man dead and three others injured.Authorities say it took place on Elm Street.', [1, 3]],
  ['domain name', 'Three people were hurt, police told Example.com on Sunday.', [0, 3]],
  // each glued half keeps its own scope: a running total in one does not make the other's figures one
  ['glued sentences, scope of each half', 'The gunfire left a teenager dead and two others hurt.The family moved to the town last year.', [1, 2]],
  ['glued sentences, total in its own half', 'A man was shot on Elm Street on Sunday.Four people were killed in the county this year.', [0, 1]],
  // the people shot lived: "expected to be OK", "in stable condition" (not when they died after all, nor someone else)
  ['shot but expected to be OK', 'Two men were killed. A woman was shot in the incident, but is expected to be OK.', [2, 1]],
  ['stable condition', 'One man died. Three other victims are reported in stable condition.', [1, 3]],
  ['stable condition, then died', 'A man was shot in the leg and taken to hospital in stable condition, where he later died.', [1, 0]],
  ['age after was', 'A man was shot on Main Street. Police said the man was 20 and in good condition.', [0, 1]],
  // gunshot and shooting victims were shot, whatever else is said of them; other victims are only counted
  ['gunshot victims', 'Two men were found dead. Two other gunshot victims arrived at the hospital.', [2, 2]],
  ['a shooting victim', 'Police found a fourth shooting victim near the store.', [0, 4]],
  ['victims alone', 'Police said three victims were identified by the coroner.', [0, 0]],
  // whose verb it is: a relative clause of a nearer noun, the one of "one of six", a group after a preposition
  ['clause of another noun', 'Two men accused in a shooting that killed a girl appeared in court on Monday.', [1, 0]],
  ['clause of the counted noun', 'Two men that were shot on Monday are in hospital.', [0, 2]],
  ['one of six died', 'The victim, one of six people standing near the corner, died at the scene.', [1, 0]],
  ['two of the three', 'Two of the three men killed were brothers.', [3, 0]],
  ['governed group', 'The gunmen opened fire on the group of three men and a woman and fatally struck one of them.', [1, 0]],
  ['group as subject', 'Three men and a woman were fatally shot.', [4, 0]],
  // "sent … to the hospital" takes its object to hospital; "sent … to the border" does not
  ['sent to the hospital', 'A shooting sent four people to area hospitals on Saturday.', [0, 4]],
  ['sent a relative to the hospital', 'A boy is facing a weapons charge for a shooting that sent his 14-year-old sister to the hospital.', [0, 1]],
  ['sent elsewhere', 'The sheriff sent two deputies to the house on Saturday.', [0, 0]],
  // deaths told by an adjective or by a life not saved
  ['fatally wounded adjective', 'He picked up the fatally wounded child and carried him inside.', [1, 0]],
  ['deceased adjective', 'Deputies located a deceased white male with a gunshot wound.', [1, 0]],
  ['wounded adjective', 'The wounded man was shot in the leg.', [0, 1]],
  ['claimed the life of', 'A shooting claimed the life of a 2-year-old boy on Friday.', [1, 0]],
  ['not able to save', 'A bullet struck the girl in the chest. She was taken to the hospital, but doctors were not able to save her.', [1, 0]],
  ['able to save', 'A bullet struck the girl in the arm. Doctors were able to stop the bleeding.', [0, 1]],
  // "another" as the shooter's object is only not himself; "more times" counts shots; "in both cases" counts no one
  ['shot another', 'A teenager accidentally shot another teen in the chest. The boy died at the hospital.', [1, 0]],
  ['and shot another', 'The gunman killed a woman and shot another man.', [1, 1]],
  ['more times', 'Police then shot three more times, killing the gunman.', [1, 0]],
  ['in both cases', 'In both cases, the suspects shot by officers were armed.', [0, 0]],
  ['both as people', 'A man and a woman were shot. They are both in critical condition.', [0, 2]],
  // more wordings of the hurt: treated and released, critical but stable, received gunshot wounds
  ['treated at a hospital and released', 'Three other people were treated at a hospital and released after the shooting.', [0, 3]],
  ['critical but stable', 'A boy was shot on Sunday. He was listed in critical but stable condition.', [0, 1]],
  ['received gunshot wounds', 'Four people received gunshot wounds in the incident.', [0, 4]],
  ['treated: not a person', 'The dog was treated at the hospital and released.', [0, 0]],
  // a participle right after a noun governed by a preposition is the noun's own; not in a total they belong to
  ['participle after a governed noun', 'Deputies are investigating reports of a 4-year-old shot dead on Elm Drive.', [1, 0]],
  ['killer of a man shot dead', 'Police are looking for the killer of a man shot dead on Friday.', [1, 0]],
  // "among" a count of one shooting is its whole count; over days it is a total they belong to
  ['among people shot over days', 'The teen and the man were among 11 people shot from Tuesday afternoon to early Wednesday.', [0, 0]],
  ['among people shot over the weekend', 'The teen was among 9 people shot in the city over the weekend.', [0, 0]],
  ['among people wounded in a shooting', 'A boy was among three people wounded in a shooting on Elm Street on Tuesday.', [0, 3]],
  ['among people killed', 'Her aunt was among six people killed in the rampage.', [6, 0]],
  // a count inserted with "including" does not stop the search for the first count's verb
  ['inserted count', 'Five members of a family, including three children, were found shot dead at their home.', [5, 0]],
  ['including one who died', 'Two men were shot, including a teenager who died.', [1, 1]],
  // "was also shot" is someone besides the dead; "was shot" alone may be the one who died
  ['also shot', 'John Smith was shot and killed. An 18-year-old woman was also shot in the leg.', [1, 1]],
  // "a bullet hit / grazed a deputy": the object was shot (a thing hit counts no one)
  ['bullet hit a person', 'A stray bullet hit a 13-year-old girl inside her home.', [0, 1]],
  ['bullet grazed a person', 'In the struggle a bullet grazed a deputy.', [0, 1]],
  ['car hit a thing', 'The car hit a tree on Elm Street.', [0, 0]],
  ['name, adverb, shot himself', 'Police said John Smith accidentally shot himself in the leg.', [0, 1]],
  ['name, adverb, shot another', 'Police said John Smith accidentally shot his friend in the leg.', [0, 1]],
  ['group also shot', 'John Smith died after he was shot. Jim Doe, Tom Roe and Bill Poe were also struck by bullets.', [1, 3]],
  ['shot, then died', 'A man was shot on Elm Street. He died at the hospital.', [1, 0]],
  // a named dead victim is not netted from someone else hurt ("he later died" still is the one wounded)
  ['named dead and another hurt', 'John Smith was killed. A teen was shot, but the injuries are not life threatening.', [1, 1]],
  // the wounded are all those shot when the death is told inside the group or by reference, not when told first or apart
  ['wounded, one of them died', 'Three people were injured, including a woman who died of her injuries.', [1, 2]],
  ['shot leaving one dead, all injured', 'Six people were shot on Sunday, leaving one man dead. Five men and a woman were injured in the shooting.', [1, 5]],
  ['wounded, the victim died', 'Four people were shot at a party. All four were wounded. The victim later died at the hospital.', [1, 3]],
  ['killed told first', 'One man was killed and four were injured in the shooting. Police said four people were shot near the bar.', [1, 4]],
  // critical, then dead: the same described person; a different description is someone else
  ['critical, the same person died', 'A 16-year-old boy was critically wounded on Friday. A 16-year-old boy who was shot on Friday died on Saturday.', [1, 0]],
  ['critical, another person died', 'A 16-year-old boy was critically wounded on Friday. A 40-year-old man died at the scene.', [1, 1]],
  ['coordinated death', 'Seven people were injured and one person has died after the shooting.', [1, 7]],
  ['death told apart', 'Four people were shot and wounded at a vigil. The vigil was for a man who was killed on Sunday.', [1, 4]],
  ['named death not netted', 'Four people were shot and wounded at a funeral. John Smith was killed in a crash last month.', [1, 4]],
  // "but" ends the clause unless the same subject goes on to die ("but later died", "but was pronounced dead")
  ['but died', 'A woman was found with a gunshot wound. The victim was taken to a hospital but died after arrival.', [1, 0]],
  ['but later died', 'A man was found shot on Elm Street. The man was rushed to a hospital, but later died.', [1, 0]],
  ['but recovering', 'A woman was found with a gunshot wound. The victim was taken to a hospital but is recovering.', [0, 1]],
  ['but died after a long clause', 'A woman was found shot. The woman was treated at the scene and rushed to Mercy Hospital, but died a short time later.', [1, 0]],
  // a day of a month or "while …ing" brings in no one else before the death
  ['shot on a date, died', 'A 15-year-old boy who was shot in the head on March 18 died over the weekend.', [1, 0]],
  ['shot while doing, died', 'A man shot himself in the chest while cleaning a rifle, and later died at a hospital.', [1, 0]],
  // "no injuries" stops the hurt read from "shot"; "no other injuries" says only that no one else was hurt
  ['no other injuries', 'A man was shot in the leg on Elm Street. No other injuries were reported.', [0, 1]],
  ['no injuries', 'Officers said a man was shot during the robbery. No injuries were reported.', [0, 0]],
  ['no one seriously hurt', 'Four teens were shot at a party. No one was seriously hurt, police said.', [0, 4]],
  // a part or another place is no negation of the hurt: "no one was injured inside", "where no one was hurt", "none of the injured"
  ['no one hurt inside', 'Three men were shot in the parking lot; two ran into the store. No one was injured inside.', [0, 3]],
  ['no one hurt elsewhere', 'A girl was shot in the leg on Main Street. In April the block saw a gunfight where no one was hurt.', [0, 1]],
  ['none of the injured', 'Five people were shot outside a bar. None of the injured were the intended targets.', [0, 5]],
  ['none hurt but for one', 'Shots hit two houses on the street. None of them were hurt, but for a woman who was shot in the arm.', [0, 1]],
  // "Share this" above the story opens no list of other stories; after some of the story it does
  ['share line above the story', 'Man shot on Elm Street\n\nShare This:\n\nA man was shot in the leg on Elm Street, police said.', [0, 1]],
  ['share line after the story', 'A man was shot in the leg on Elm Street, police said.\n\nShare This:\n\nTwo people were killed in a crash on the highway.', [0, 1]],
  // "READ MORE: …" followed by a long paragraph of the story is a link inside it; "Related:" still ends it
  ['read more inside the story', 'A man was shot on Elm Street, police said.\n\nREAD MORE: Man arrested after robbery\n\nThe man died later at the hospital, and police are still looking for the gunman who fled in a blue car, officers said on Sunday.', [1, 0]],
  ['read more before a short sentence', 'A man was killed in the crossfire on Elm Street, police said.\n\nREAD MORE: Police look for gang members\n\nThree others were injured.', [1, 3]],
  ['read more before a headline', 'A man was shot in the leg on Elm Street, police said.\n\nREAD MORE: Mayor opens a new park\n\nThree killed in crash on the highway', [0, 1]],
  ['video carousel above the story', 'A video plays before the story and it goes on about a parade in town with a band, floats and many people who came to watch it.\n\nWatch: Team wins the title game\n\nHappy holidays from the station\n\nA man was shot and killed on Elm Street on Monday night, and police are still looking for the gunman, officers said.', [1, 0]],
  ['related coverage above the story', '(Station photo/Jane Doe)\n\nRelated Coverage Photos: Two hurt in crash on Main Street\n\nSPRINGFIELD (WXYZ) – Five people were shot outside a bar on Elm Street early Saturday, according to the police department.', [0, 5]],
  ['related coverage after the story', 'A man was shot in the leg on Elm Street on Sunday night, and police are still looking for the gunman, officers said.\n\nRelated Coverage Two killed in crash\n\nMayor opens a new park', [0, 1]],
  ['carousel headline ending in !', 'A video plays before the story and it goes on about a parade in town with a band, floats and many people who came to watch it.\n\nWatch: Team wins the title game\n\nHappy first day of spring!\n\nA man was shot and killed on Elm Street on Monday night, and police are still looking for the gunman, officers said.', [1, 0]],
  ['short sentence after a watch line', 'A man was shot in the leg on Elm Street, police said.\n\nWatch: Mayor opens a new park\n\nThe park is open.\n\nIn another case, two men were killed in a crash on the highway near the river on Sunday night, troopers said.', [0, 1]],
  ['watch line after the story', 'A man was shot in the leg on Elm Street, police said.\n\nWatch: Two men killed in a crash\n\nMayor opens a new park', [0, 1]],
  ['related articles box inside the story', 'A woman was shot by officers on Elm Street, police said.\n\nRelated Articles Officers cleared in a river rescue\n\nCity council delays its budget vote At noon, officers found the stolen car, and the woman in it was taken to a trauma center, where she was pronounced dead, police said.', [1, 0]],
  ['related list after the story', 'A man was shot on Elm Street, police said.\n\nRelated:\n\nTwo men were killed in a crash on the highway on Sunday night, and police are still looking into what caused it, officers said on Monday.', [0, 1]],
  // "Previous story:" alone on its line labels the earlier version of the same story below it, not a link to another
  ['previous story label', 'Police arrested two men in the deadly shooting at the bar.\n\nPrevious story:\n\nSPRINGFIELD -- One man was killed and four others hurt after a shooting at a bar.', [1, 4]],
  ['previous story link', 'A man was shot in the leg on Elm Street, police said.\n\nPrevious story: Two men killed in a crash on the highway.', [0, 1]],
  ['previous story label before a headline', 'A man was shot in the leg on Elm Street, police said.\n\nPrevious story:\n\nTwo men killed in a crash', [0, 1]],
  // the story starts with a long paragraph that ends like a sentence: short lines above it are links, even ending in a quote
  ['links above the story', 'Woman faces prison for escaping her abuser\n\nCops swear a voice cried ‘help me, please’\n\nWATCH: Man taunts police outside a school\n\nJohn Doe (County Sheriff)\n\nA man was arrested on Tuesday after police said he accidentally shot and killed his friend at his home while they were listening to music.', [1, 0]],
  ['photo caption of a related story', 'A man was shot in the leg on Elm Street, police said.\n\nCaption Woman killed by a train A woman ran onto the tracks on Sunday and was killed by a freight train.', [0, 1]],
  // "the other four" are besides those counted before; "the four" may include them
  ['the other four', 'A man was killed on Elm Street. The other four shooting victims were taken to a hospital.', [1, 4]],
  ['the four', 'A man was killed on Elm Street. The four shooting victims were taken to a hospital.', [1, 3]],
  // a paragraph opening with "UPDATE" is a late line of the story, not a headline of another
  ['update line', 'A man was shot in the chest on Elm Street, police said.\n\nUPDATE: The man has died from his wounds', [1, 0]],
  ['headline line of another story', 'A man was shot in the chest on Elm Street, police said.\n\nMan dies after shooting on Oak Street', [0, 1]],
  ['headline lines', 'A man was wounded on Monday.\n\n3 killed in weekend shootings across town', [0, 1]],
  // the page's first line is the story's own headline; a video entry or a caption there is not
  ['headline as the first line', '4 men shot on Elm Street\n\nPolice are looking for the gunman who fired at a group outside a store on Sunday night.', [0, 4]],
  ['video entry as the first line', '1:27 Two killed in crash on the highway\n\nA man was shot in the leg on Elm Street, police said.', [0, 1]],
  // a dateline opens the story's first sentence, even one that lost its full stop
  ['dateline line without a stop', 'Please enable Javascript to watch this video\n\nSPRINGFIELD -- Five people were shot on Elm Street on Wednesday night\n\nThe shooting happened near a store.', [0, 5]],
  ['headline line after a sentence', 'Police are looking for a gunman.\n\nFive people shot on Elm Street\n\nThe shooting happened near a store.', [0, 0]],
  // the shooter's death is not one of the people he shot; a victim's death is
  ['gunman killed by police', 'Officers shot and killed the gunman. Three others were wounded.', [1, 3]],
  ['shot, then the shooter killed', 'Four people were shot at a park on Sunday. The shooter was killed by a deputy.', [1, 4]],
  ['shot, then the suspect died', 'Two women were shot outside a store. The suspect died at the scene.', [1, 2]],
  ['wounded, then the gunman killed', 'Three people were wounded and the gunman was killed.', [1, 3]],
  ['shot, then a victim died', 'Four people were shot at a park on Sunday. One of the victims died at the scene.', [1, 3]],
  ['shot, then the man died', 'Two men were shot outside a store. The man died at the scene.', [1, 1]],
  ['wounded, then the victim died', 'Three people were wounded and the victim was killed.', [1, 2]],
  // "they" who died are the people of the last count; "they" who kill or find are someone else
  ['they later died', 'Two men were shot on Elm Street. They were taken to a hospital where they later died.', [2, 0]],
  ['they died, three', 'Three people were shot at a party. They were taken to a hospital, where they died.', [3, 0]],
  ['singular they', 'The victim was taken to a hospital where they later died.', [1, 0]],
  ['they taken to hospital', 'Two men were shot on Elm Street. They were taken to a hospital.', [0, 2]],
  ['they killed someone', 'Two men were shot on Elm Street. Police said they killed a dog.', [0, 2]],
  ['they found one dead', 'Two men were shot on Elm Street. When officers arrived, they found one man dead.', [1, 1]],
  // a capitalised word after "the" names a place or a thing, not a person joined to the next
  ['the place, and the suspect', 'A man was shot in the Westside, and the suspect was killed.', [1, 1]],
  ['the car of both', 'Both men inside the Honda were killed, and three others were injured.', [2, 3]],
  ['the and an age', 'Police said the 20-year-old John Doe was killed.', [1, 0]],
  // taken to hospital "with non-life-threatening injuries": alive, so hurt besides the dead (not when no one survived)
  ['hospital with minor injuries', 'A woman died at the scene. A man was taken to the hospital with non-life-threatening injuries.', [1, 1]],
  ['hospital, then died', 'A woman was shot on Elm Street. She was taken to the hospital, where she died.', [1, 0]],
  // "taken to a local hospital", "rushed to Mercy Hospital": any hospital; a later word of the clause says more
  ['any hospital', 'Three people were taken to a local hospital after the crash.', [0, 3]],
  ['other people taken to hospital', 'One man was killed. Three other people were taken to a local hospital.', [1, 3]],
  ['the people taken to hospital', 'One man was killed. Three people were taken to a local hospital.', [1, 2]],
  // ages set off by commas after the people are no count of them
  ['ages in apposition', 'The man died. Two other women, 28 and 27, were taken to area hospitals.', [1, 2]],
  ['ages without the closing comma', 'Two women, 33 and 41 were wounded in the shooting.', [0, 2]],
  ['second age in apposition', 'Her sons, 7 and 8, were critically hurt.', [0, 0]],
  ['named hospital', 'A woman died at the scene. Two men were rushed to Mercy Hospital with non-life-threatening injuries.', [1, 2]],
  ['hospital, then critical', 'A man was killed. A second man was taken to a hospital in critical condition.', [1, 1]],
  ['hospital, then someone else died', 'Two victims were transported to hospitals and the older man was later pronounced dead.', [1, 1]],
  ['injured adjective before a hospital', 'A woman was killed. The injured man was transported to an area hospital for treatment.', [1, 1]],
  ['injured adjective, later died', 'Medics took the wounded boy to a hospital, where he later died.', [1, 0]],
  ['no hospital', 'A man was shot. His brother was taken to the police station.', [0, 1]],
  // someone hurt told by an age no one dead has is someone else, when every death is told with its age
  ['an age no one dead has', 'The 19-year-old was shot in the head and was later pronounced dead. Police said the 14-year-old was taken to the hospital for injuries.', [1, 1]],
  ['the age of the dead', 'The 19-year-old was pronounced dead at the scene. Police said the 19-year-old was shot in the chest.', [1, 0]],
  ['a death of no known age', 'A toddler was shot dead on Sunday. The 2-year-old boy was shot in the torso.', [1, 0]],
  // "a third victim" ranks one among that many people hurt; the dead are among them; a rank added to a count or of a time is not
  ['third victim', 'A man was shot in the leg. A second man was shot in the arm. A third victim was grazed by a bullet.', [0, 3]],
  ['fifth victim, four dead', 'Four people were found dead inside the house. A fifth victim was taken to a hospital in critical condition.', [4, 1]],
  ['rank added to a count', 'Four people suffered gunshot wounds and a fifth person was hurt by flying glass.', [0, 4]],
  // a rank set off by an apposition still ranks the person among those hurt ("a fourth victim, covered in blood, …")
  ['rank with an apposition', 'Three people were shot to death in the apartment. Police found a fourth shooting victim, covered in blood, walking near the corner.', [3, 1]],
  ['rank with an apposition, added to a count', 'Four people suffered gunshot wounds, and a fifth person, a woman, was hurt by flying glass.', [0, 4]],
  // the participle first, the people after "was / were"
  ['participle first', 'Injured in the gunfire were a 5-year-old boy and a 20-year-old woman, police said.', [0, 2]],
  ['participle first, also', 'A man was killed on Elm Street. Also wounded were three men, ages 19, 21 and 22.', [1, 3]],
  ['participle first, then a verb', 'Shot in the leg was how the boy described it, and three men were hurt.', [0, 3]],
  // "also" after a group whose last member is a count is looked for past that count's noun ("two other men were also shot")
  ['group ending in a count, also shot', 'A man was killed on Elm Street. A woman and two other men were also shot and taken to a hospital.', [1, 3]],
  ['group ending in a count, shot', 'A man was killed on Elm Street. A woman and two men were shot and taken to a hospital.', [1, 2]],
  // "both" right after a verb is its object: "striking both him and their son"
  ['both as an object', 'A woman fired a gun at her husband on Sunday, striking both him and their son, police said.', [0, 2]],
  ['both as a subject', 'Two men were arguing on the porch. Both fled before police arrived.', [0, 0]],
  // "people shot at a place" is a participle after its noun; "shot at a car / at police" is aimed, no one hit
  ['shot at a place', 'Three people shot at the bar on Main Street were taken to a hospital, police said.', [0, 3]],
  ['shot at a target', 'Two men shot at a car on Main Street and fled, police said.', [0, 0]],
  ['rank of a time', 'The third time the boy was shot in the chest.', [0, 1]],
  // a name right after an active verb is its object: the subject shot, it was not shot ("was shot Monday" is passive)
  ['shot a named person', 'A boy was killed on Sunday. Police said another boy accidentally shot Jones inside the house.', [1, 0]],
  ['shot on a weekday', 'Two men shot Monday night on Elm Street are in stable condition.', [0, 2]],
  // "the 25-year-old" alone stands for a person before a verb, not before a noun
  ['the age as a person', 'Police were called to Elm Street. The 25-year-old suffered gunshot wounds to both ankles.', [0, 1]],
  ['the age before a noun', 'The 25-year-old house was hit by gunfire.', [0, 0]],
  // more than one modifier before the counted people: "two teenage male victims", "three young black men"
  ['two modifiers', 'Two teenage male victims had been shot and were taken to a hospital.', [0, 2]],
  ['modifiers of things', 'Two young trees were hit by gunfire.', [0, 0]],
  // "treated at a hospital": hurt and alive; hurt told only by reference is no count that hides those in critical condition
  ['treated at a hospital', 'A man was killed on Elm Street. His sister was treated at a local hospital for wounds to her arm.', [1, 1]],
  ['treated, then died', 'A man was shot on Elm Street. He was treated at a local hospital, where he died.', [1, 0]],
  ['treated for wounds', 'Two men died and three others were treated for wounds at an emergency room.', [2, 3]],
  ['treated for something else', 'Two men died and three others were treated for shock at the scene.', [2, 0]],
  ['critical beside a reference', 'A man was killed and four others were seriously wounded. Both were treated at a children\'s hospital.', [1, 4]],
  ['a building is no person', 'Four people were shot at the Elm County Courthouse, and three people are dead.', [3, 1]],
  ['a school is no person', 'Police arrested a man in the death of John Doe, a pupil at the Elm Academy for Science and Technology, who died on Sunday.', [1, 0]],
  ['a school of arts is no person', 'The boy, who attended the Oak School of Architecture and Design, died at a hospital.', [1, 0]],
  // "a third person has died": the ordinal counts the dead so far; not after harm told before, nor "was killed"
  ['a third person has died', 'A third person has died after the shooting at a party on Elm Street, police said.', [3, 0]],
  ['police say a second teen died', 'Police say a second teen has died after the drive-by shooting.', [2, 0]],
  ['two hurt and a third died', 'Two men suffered minor injuries and a third person died at the scene.', [1, 2]],
  ['a third man was killed', 'Two people were wounded and a third man was killed.', [1, 2]],
  ['a report of a second death', 'An early report that a second victim had died was wrong.', [1, 0]],
  // an adverb between a name and its verb: "Jane Doe sadly passed away"
  ['name, adverb, death', 'A girl was shot in the head last week. Jane Doe sadly passed away on Sunday.', [1, 0]],
  ['name, adverb, no harm', 'John Doe quickly fled the scene in a blue car.', [0, 0]],
  // life support ended is counted as a death; still on it is not
  ['taken off life support', 'A girl was shot in the head on Monday. She was taken off life support on Thursday.', [1, 0]],
  ['on life support', 'A girl was shot in the head on Monday. She remains on life support.', [0, 1]],
  // "to" before a gerund is a preposition, not an infinitive of intent
  ['admitted to killing', 'Police said the man admitted to killing two neighbours on Sunday.', [2, 0]],
  ['threatened to kill', 'Police said the man threatened to kill two neighbours on Sunday.', [0, 0]],
  // a paragraph led by a video length is an entry of a list of other stories; a clock time opens story text
  ['video list entry', 'A man was shot in the leg on Elm Street, police said.\n\n1:27 Two dead after crash on the highway, police say', [0, 1]],
  ['clock time paragraph', 'Police are looking into two shootings.\n\n10:30 p.m. Friday, two people were killed at a gas station, police said.', [2, 0]],
  ['two names still two', 'John Doe and Richard Roe, who were shot on Sunday, died at a hospital.', [2, 0]],
  // a name after a preposition is a place; a name followed by "of" and a place is the subject
  ['law enforcement officers', 'The gunman wounded two law enforcement officers on Sunday.', [0, 2]],
  ['place name after from', 'A 16-year-old girl from the Town of Millbrook has died from a gunshot wound.', [1, 0]],
  ['name of a place', 'When officers arrived, they found 20-year-old John Doe of Springfield shot to death.', [1, 0]],
  ['both and an age', 'Two men were found with gunshot wounds. John Doe and Richard Roe, both 31 and of Springfield, were later pronounced dead.', [2, 0]],
  // verbs of death take no object: "passed away at the hospital", "succumbed to his injuries"
  ['passed away at', 'A man was shot on Elm Street. The man later passed away at the hospital.', [1, 0]],
  ['succumbed to', 'A teen was shot on Elm Street. The teen succumbed to his injuries on Sunday.', [1, 0]],
  ['shot at: still aimed', 'Two men were shot at a party on Elm Street.', [0, 2]],
  // an age after "the" stands for the person before a verb; not in a list ("the 8-year-old and another boy")
  ['age as a noun', 'A man and a teen were playing with a gun. The 19-year-old was shot in the head and later pronounced dead.', [1, 0]],
  ['age as a noun, wounded', 'A 19-year-old was killed. The 14-year-old was wounded in the leg.', [1, 1]],
  ['age in a list', 'Police said the 8-year-old and another boy found a gun in the apartment.', [0, 0]],
  // the shooter's death told apart adds one to those he killed; not to a total of the dead, which may hold him
  ['victims, then the gunman killed', 'Two guards were shot and killed at the bank. Officers later killed the gunman.', [3, 0]],
  ['killed by the shooter, suicide apart', 'A man shot and killed three neighbours on Sunday. He then turned the gun on himself.', [4, 0]],
  ['total of the dead holds the shooter', 'Three people were found dead in the house. The gunman then turned the gun on himself.', [3, 0]],
  ['suicide told with its victims', 'Three people were found dead. Police said the man shot and killed his wife and son and then himself.', [3, 0]],
  ['shooter counted in the total', 'Two people were fatally shot at the mall, including the gunman. Police said officers killed the gunman.', [2, 0]],
  // a death told with "also" is someone besides the dead told just before it; not a part of a larger count told before
  ['also killed, after an age', 'A woman died on Saturday after the shooting. Jon Doe, 24, was also killed in the shooting.', [2, 0]],
  ['also died after two dead', 'Two men were shot dead in the car. A woman also died at the hospital.', [3, 0]],
  ['also died, a part of a count before', 'Four people died in the attack. Jane Roe died at the scene. Joe Roe also died.', [4, 0]],
  ['also shot is no death', 'Two men were killed at the bar. A woman was also shot.', [2, 1]],
  // what might have been is no count: "should've been", "could have ended in"
  ['should have been dead', 'No one died. There should\'ve been five or six people dead that day, the chief said.', [0, 0]],
  ['could have ended in deaths', 'The shootout could have ended in numerous injuries or deaths, the sheriff said.', [0, 0]],
  ['a count before the modal of another verb', 'Five people were killed after a man could have fled.', [5, 0]],
  // "gunned down" before its count, as after it
  ['gunning down before a count', 'He is accused of gunning down three people in a home last year.', [3, 0]],
  ['gunned down before a count', 'The gunman gunned down a woman and her daughter.', [2, 0]],
  ['gunned down by a count', 'A man was gunned down by three men on Sunday.', [1, 0]],
  // a title before the name of the one killed: the name is the verb's object, the subject is the agent
  ['title before an object name', 'The gunman killed Officer Tom Lee on Sunday.', [1, 0]],
  ['titles before two object names', 'He fatally shot Deputy Bill Roe and Officer Tom Lee.', [2, 0]],
  ['title before a subject name', 'Officer Tom Lee was killed on Sunday.', [1, 0]],
  // one or two lower-case words of a noun between the verb and the name: the name is the object ("local rapper")
  ['noun before an object name', 'Police say the man shot and killed local rapper Tom Lee on Sunday.', [1, 0]],
  ['noun after a preposition', 'He was killed by rapper Tom Lee on Sunday.', [1, 0]],
  // a list of names is read whole, however far its last name is from the word of death
  ['a long list of names after a verb', 'He was charged in the deaths of John Lee Roe, 23, Sam Poe, 32, and Jim White Moe, 31.', [3, 0]],
  ['a name after a list that ended', 'He was charged in the death of John Lee Roe, 23, and of a dog, and Jim Moe testified.', [1, 0]],
  // the people "along with" a count share its fate; not people of another clause
  ['along with others', 'Jane Roe, 19, was found shot to death along with three others in a car.', [4, 0]],
  ['along with, inserted', 'The woman, along with her two children, was found dead in the home.', [3, 0]],
  ['along with someone arrested', 'A man was killed and police arrested a woman along with two others.', [1, 0]],
  // … and so "him" killed by the police, in a sentence of its own; not beside a total of the dead, nor a headline in capitals
  ['police killing him told apart', 'The man killed four people at the store. Officers fired at the man, killing him.', [5, 0]],
  ['a killing by the police\'s word', 'The man killed two people at a bar. Police said he shot and killed her first.', [2, 0]],
  ['police killing him beside a total', 'Two people were found dead in the house. Police later shot and killed him.', [2, 0]],
  ['a headline in capitals before a total', 'SUSPECT KILLED Sheriff: 3 killed at the courthouse. Officers shot and killed him.', [3, 0]],
  // … told beside any count of that size, not only the first ("accused of killing three …")
  ['shooter killed beside a later count', 'Doe, who is accused of killing three deputies, was a veteran. Doe killed the three deputies before a sniper killed Doe.', [4, 0]],
  ['no shooter beside either count', 'Doe is accused of killing three deputies. Doe killed the three deputies before he fled.', [3, 0]],
  // after "and", a count followed by its own trigger is not the object of the verb before it
  ['wounded and one dead', 'The shooting left three people wounded and one dead.', [1, 3]],
  ['killed two and three injured', 'Police said the gunman killed two and three were injured.', [2, 3]],
  ['killed one and wounded three', 'Police said the attacker killed one and wounded three.', [1, 3]],
  // a determiner between the verb and its count: "killed the three", "fatally shot his two children"
  ['killed the three', 'The man then walked into the apartment and killed the three tenants inside.', [3, 0]],
  ['fatally shot his two', 'Police said the father fatally shot his two children on Sunday.', [2, 0]],
  ['a noun between', 'A man was shot the night his two brothers were arrested.', [0, 1]],
  // "her" before a noun is a possessive, whose noun can be a subject; alone it is an object
  ['her son as subject', 'A woman and her son were found dead inside a car on Sunday.', [2, 0]],
  ['her as object', 'The man shot her in the head on Sunday.', [0, 1]],
  // "one of the four … died" kills one; "one of the five people shot and killed", "one of the two who died": all of them
  ['one of the four died', 'Four men were shot outside the bar. One of the four was pronounced dead at the scene.', [1, 3]],
  ['one of the five killed', 'One of the five people shot and killed on Friday was a retired teacher.', [5, 0]],
  ['one of the two who died', 'Police named one of the two men who died in the shooting.', [2, 0]],
  // "at" after a verb of death opens a place, not an object; "killed at least three" has an object
  ['killed at a place', 'A man killed at a party on Saturday was identified by the coroner.', [1, 0]],
  ['killed at least', 'Police said the gunman killed at least three people.', [3, 0]],
  // the unborn are not counted among the dead (as in the gva records)
  ['including an unborn child', 'The gunmen fired into the party, killing five people, including an unborn child.', [4, 0]],
  ['her unborn child', 'A woman and her unborn child were killed in the shooting.', [1, 0]],
  ['including a child', 'Six people were killed, including a child.', [6, 0]],
  ['number of fatalities to', 'A man who was wounded on Sunday has died, bringing the number of fatalities to three.', [3, 0]],
  ['a mother of two', 'A mother of two was shot and killed outside her home on Friday.', [1, 0]],
  // "fatally wounded", "mortally injured" before a count kill it; after "and" the participle told of someone else
  ['fatally wounded three', 'The gunman fatally wounded three neighbors and seriously wounded another.', [3, 1]],
  ['mortally wounded two', 'Witnesses said he mortally wounded two guards at the gate.', [2, 0]],
  ['fatally wounded and three', 'The attack left one man fatally wounded and three others with minor injuries.', [1, 3]],
  ['wounded three', 'The gunman wounded three neighbors on Friday.', [0, 3]],
  // "fatal injuries" are deaths, not hurt
  ['suffered fatal injuries', 'A 2-year-old girl suffered fatal injuries when the shots hit the car.', [1, 0]],
  ['suffered serious injuries', 'A 2-year-old girl suffered serious injuries when the shots hit the car.', [0, 1]],
  // "is survived by": an obituary's kin, not people who lived through the shooting
  ['survived by', 'Besides his parents, Jordan is survived by a brother and two sisters.', [0, 0]],
  ['survived', 'A woman who was shot in the arm survived.', [0, 1]],
  // "the wounding of" a person counts the hurt; "malicious wounding of" is a charge's name
  ['the wounding of', 'He was charged in the killing of a teenager and the wounding of the boy’s uncle.', [1, 1]],
  ['wounding of a count', 'Police are seeking two men in the wounding of 9 people at a block party.', [0, 9]],
  ['malicious wounding', 'He faces three counts of malicious wounding of a deputy.', [0, 0]],
  // "and a fourth was wounded": one more person, told by rank alone
  ['a fourth was wounded', 'Three men are dead and a fourth was wounded after the shooting.', [3, 1]],
  ['a third in critical condition', 'Two women died and a third is in critical condition.', [2, 1]],
  ['a second time', 'It was a second time the house was hit by gunfire.', [0, 0]],
  // "fighting for her life": in critical condition, alive
  ['another fighting for her life', 'Two men are dead and another is fighting for her life at the hospital.', [2, 1]],
  ['fighting for their lives', 'Three teenagers were fighting for their lives after the drive-by.', [0, 3]],
  ['fighting for a cause', 'The family is fighting for a new trial.', [0, 0]],
  // "were also hit" past a short place phrase: people besides the dead
  ['also hit past a place', 'The driver died. A man and a woman in the back seat were also hit.', [1, 2]],
  ['hit in a place, no also', 'The driver died. A man and a woman in the back seat were hit.', [1, 1]],
  ['also hit past a participle', 'The driver died. A woman standing at the bus stop was also hit in the arm.', [1, 1]],
  ['hit past a participle, no also', 'The driver died. A woman standing at the bus stop was hit in the arm.', [1, 0]],
  // "nonfatal gunshot wounds": hurt and alive, besides the dead
  ['nonfatal gunshot wounds', 'A boy was killed. Two men in the house suffered nonfatal gunshot wounds.', [1, 2]],
  ['non-fatal gunshot wound', 'A woman suffered a non-fatal gunshot wound to the arm.', [0, 1]],
  ['an animal in a partitive', 'The rifle went off, killing the boy and wounding one of the family dogs.', [1, 0]],
  ['an animal as the subject', 'A woman was shot dead in her yard. The dog suffered minor injuries.', [1, 0]],
  ['a person beside an animal', 'One of the neighbors and her dog were hurt when the gunman fired.', [0, 1]],
  ['a count since corrected', 'Officers had originally said that six people were shot, but later revised the number to three. Three people were shot.', [0, 3]],
  ['a first report retracted', 'The sheriff initially told reporters two men were killed. One man died and another man was wounded.', [1, 1]],
  ['initially reported, passive', 'The girl was initially reported in critical condition after she was shot.', [0, 1]],
  ['an adjective after a group', 'A man was shot on Main Street. His three friends and the injured man drove to a clinic.', [0, 1]],
  ['an adjective before a group', 'A teen was shot. Deputies found the wounded teen and four others in the garage.', [0, 1]],
  ['a verb before the group', 'The gunman wounded the injured guard and two others.', [0, 3]],
  ['shot into a house', 'Jason Reed, 19, and Omar Baker, 20, shot into the house on Elm Street, killing a woman.', [1, 0]],
  ['fired through a door', 'The man fired through the door and fled.', [0, 0]],
  ['shot through, passive', 'A driver was shot through the window of his truck.', [0, 1]],
  ['adverbs after a modal', 'A boy was shot dead by a friend. His mother said the friend would never intentionally hurt her son.', [1, 0]],
  ['an adverb without a modal', 'The man deliberately shot two neighbors, police said.', [0, 2]],
  ['a pronoun after a governed noun', 'The pistol was left within reach of the boy and he accidentally shot himself.', [0, 1]],
  ['a pronoun after an agent', 'The teen was wounded by a neighbor and she is expected to survive.', [0, 1]],
  ['a pronoun in a plain group', 'A man and she were both shot outside the bar.', [0, 2]],
  ['an age after both', 'A man was killed on Pine Street. Two brothers, both 23, were also wounded.', [1, 2]],
  ['both critical, one died', 'A couple was found after gunfire on Lee Road. Both were in critical condition. The man died on Sunday.', [1, 1]],
  ['both critical, both died', 'A man and a woman were shot on Lee Road. Both were in critical condition. Both later died.', [2, 0]],
  ['the same four, one named dead', 'Four people were shot outside a store on Friday. Marcus Dell died that night. All four victims had been taken to a hospital with serious injuries.', [1, 3]],
  ['the same four, all alive', 'Four people were shot outside a store on Friday. A clerk was killed in a robbery nearby an hour before. The four victims are in stable condition.', [1, 4]],
  ['the injured teen is the boy who died', 'A 15-year-old boy who was shot at a park on Friday has died. Officers had found the injured teen near the swings.', [1, 0]],
  ['the wounded girl is not the boy', 'A 15-year-old boy was shot dead at a park on Friday. Officers also found a wounded girl near the swings.', [1, 1]],
  ['an injured child is the boy who died', 'A young boy has died after a gun went off in his home. Officers were called on Friday about an injured child.', [1, 0]],
  ['two injured children besides the boy', 'A young boy has died after a gun went off in his home. Officers also found two injured children.', [1, 2]],
  ['a question', 'A boy was shot dead at his home. Did the man also hurt two other children?', [1, 0]],
  ['a quote mark lost before a question mark', 'A girl was found with a gunshot wound to the arm.? She is recovering.', [0, 1]],
  ['a pronoun also shot', 'Two women were found dead in a burned car. Investigators say she also suffered a gunshot wound to the head.', [2, 0]],
  ['a new person also shot', 'Two women were found dead in a burned car. A man was also shot and taken to a hospital.', [2, 1]],
  ['critical, then the same child died', 'A 3-year-old boy remains in critical condition at a children\'s hospital. By evening the child had died.', [1, 0]],
  ['critical, another person died', 'A 3-year-old boy remains in critical condition at a children\'s hospital. His grandmother died at the scene.', [1, 1]],
  ['an age for the child who died', 'A 2-year-old girl was shot at home and died at a hospital. Deputies said the 2-year-old was hurt when a pistol fell.', [1, 0]],
  ['an adult age is no child', 'A 2-year-old girl was shot at home and died at a hospital. Deputies said the 30-year-old was hurt when the pistol fell.', [1, 1]],
  ['anytime, no one in particular', 'A teacher was shot dead on Monday. "Anytime one of our students is hurt, we all grieve," the principal said.', [1, 0]],
  ['every time, no one in particular', 'Every time a child is shot in this city, we lose a little more. Two boys were wounded on Friday.', [0, 2]],
  ['initial reports', 'Six people were shot at a party; two of them died. In initial reports, police said one person was killed and five were wounded.', [2, 4]],
  ['initial reports, passive wording kept', 'A woman was shot in the arm. She is recovering, according to the initial police statement.', [0, 1]],
  // "N others" hurt after a count of people hurt and alive: others besides them ("the other N" is the rest of a whole)
  ['others besides the critical', 'A teenager was in critical condition after a shooting that also wounded two other people.', [0, 3]],
  ['others in the next sentence', 'Two of the victims are in critical condition. The five others injured were treated and released.', [0, 7]],
  ['others after another count', 'A teen was stabbed in the fight. The gunfire resulted in one boy dying at the scene and three others being hospitalized.', [0, 3]],
  ['the other two: the rest', 'Four people were shot. Two were listed in critical condition and the other two were injured less seriously.', [0, 4]],
  // "both were injured" beside one dead: two hurt, not the dead among them (one reference still repeats the dead)
  ['both injured beside a death', 'Two brothers were hit. Both were injured and are in the hospital. Their cousin was killed.', [1, 2]],
  ['the boy injured, then died', 'A boy was killed in the shooting. The boy suffered injuries to his chest.', [1, 0]],
  // "None of the injured were targets": the injured as a noun, not a denial of injuries
  ['none of the injured were targets', 'Four people were shot on Elm Street. None of the injured were the intended targets.', [0, 4]],
  ['none of them were injured', 'Shots hit a car with four people inside. None of them were injured.', [0, 0]],
  // "was among N people wounded": one of the victims the count tells; "they were among" is often a total of the day
  ['was among four people wounded', 'A 9-year-old boy was among four people wounded in the shooting on Friday.', [0, 4]],
  ['was among five people killed', 'The teacher was among five people killed in the attack.', [5, 0]],
  ['they were among a total', 'Two men were shot on Elm Street. They were among 9 people shot from Friday evening to Sunday.', [0, 2]],
  // an elided noun before a day: "wounded three Saturday night"
  ['elided count before a day', 'A gunman killed a man and wounded three Saturday night, police said.', [1, 3]],
  // a coordinated count inserted with "including" is no stop either
  ['including a coordinated insert', 'Three people including a 9-year-old and a 6-year-old were wounded at the park.', [0, 3]],
  // a second determiner ends a definite noun phrase: "the shooting killed a woman" is no person "the … woman"
  ['the shooting killed a woman', 'The shooting killed a woman and injured nine others near the bar.', [1, 9]],
  // "bullet wounds", "gunshot injuries" tell people shot; "four bullet wounds" counts wounds (of one boy)
  ['bullet wounds', 'A man was killed. Three others sustained non-fatal bullet wounds.', [1, 3]],
  ['gunshot injuries', 'Officers found five people with gunshot injuries in the lot.', [0, 5]],
  ['four bullet wounds', 'The boy had four bullet wounds to his neck and back.', [0, 1]],
  // an age in the plural names the people counted
  ['two 16-year-olds', 'Two 15-year-olds were taken to a hospital after being shot near the school.', [0, 2]],
  // "no one was hurt" stops one person "shot" (often "shot at"), not a count of people shot
  ['no one hurt inside', 'Four people were shot near the bus stop. No one was injured inside the store.', [0, 4]],
  ['shot at, no one hurt', 'A man shot at a car on Elm Street. No one was hurt.', [0, 0]],
  // people told one a clause ("a … was shot … and a … was shot") were shot together; not the same person told twice
  ['shot one a clause', 'At the party, a 19-year-old woman was shot in the back and a 6-year-old boy was shot in the arm.', [0, 2]],
  ['shot one a clause, one died', 'A man was shot in the leg and a woman was shot in the chest. The woman died at the hospital.', [1, 1]],
  ['victim told twice', 'Officers answered a call about a gunshot victim and found a woman suffering from a wound to the arm.', [0, 1]],
  // a list of names before "all" / "both", ages without their closing commas
  ['names, then all', 'Ann Lee, Tom Ford, Jim Beam, and Sue Bird all suffered injuries from the gunfire.', [0, 4]],
  ['names with ages, commas missing', 'Ann Lee, 24, Jim Beam, 25 and Sue Bird, 32 were all treated for injuries.', [0, 3]],
  // "a 16 and 17-year-old": two people by their ages
  ['two ages joined', 'Police said a 15 and 16-year-old were shot near the park.', [0, 2]],
  ['two ages joined, spelled out', 'Officers found an 18 and 19 year old who had been wounded.', [0, 2]],
  // in hospital: hurt, when more than every count of injured
  ['hospitalized, one critical', 'Seven men remained hospitalized on Tuesday, one with critical injuries.', [0, 7]],
  ['hospitalized fewer than injured', 'Three men were wounded on Elm Street. Two of them were hospitalized.', [0, 3]],
  // "sent two women and one man to the hospital": the hospital after the whole group
  ['sent a group to the hospital', 'A drive-by shooting sent three women and one man to the hospital on Friday.', [0, 4]],
  ['sent a group to the border', 'The army sent two soldiers and a medic to the border.', [0, 0]],
  ['party goers as persons', 'Police said the gunfire injured three party goers outside the hall.', [0, 3]],
  // an apposition between dashes is skipped like one between commas
  ['apposition between dashes', 'Five people — two of them teenagers — were shot outside the store.', [0, 5]],
  ['others besides the dead', 'One man was killed and three others were injured at the party.', [1, 3]],
  // the rest of a whole a part was told of: "one of the five … released. The four others remain …" → 5, not 9
  // "the four victims … in critical condition": all the victims, the dead among them
  ['the victims critical, one dead', 'A man was killed and three of his cousins were wounded. The four victims were first rushed away in critical condition.', [1, 3]],
  ['the others of a whole', 'Five men were injured. One of the five injured men was released. The four others remain in the hospital.', [0, 5]],
  ['both … and joins two things', 'A teen died by suicide. The center offers help both to prevent suicide and for families who have survived a loss.', [1, 0]],
  ['both as people', 'Two men were shot on Elm Street. Both survived.', [0, 2]],
];

test('gva-style victims: killed and injured read as the gva scorer reads them', () => {
  for (const [family, text, expected] of CASES) assert.deepEqual(counts(text), expected, `${family}: ${text}`);
});

/** What the first counted person of a sentence is read as: "killed", "shot", … */
function firstKind(text: string): string | undefined {
  return candidatesOf(tokenize(text, 0, text.length))[0]?.kind;
}

// [text, kind of the first person] — a later death is the first person's unless someone else comes in
const DIED_LATER: [string, string][] = [
  ["The boy was shot in the chest and didn't make it.", 'killed'],
  ['The boy did not make it, police said after the shooting.', 'killed'],
  ['The boy was shot in the leg and did not make it to school.', 'shot'],
  ['A boy who was shot on March 18 died on Sunday.', 'killed'],
  ['A man shot himself while cleaning a rifle and later died.', 'killed'],
  ['A man was shot while his wife died in the car.', 'shot'],
  ['A boy who was shot with 18 others died on Sunday.', 'shot'],
];

test('gva-style victims: a later death in the sentence is the first person\'s', () => {
  for (const [text, kind] of DIED_LATER) assert.equal(firstKind(text), kind, text);
});


// isName: the character scan agrees with the name-shape regex (ASCII, apostrophes, hyphens, other scripts)
test('isName: name-shaped tokens', async () => {
  const { isName } = await import('../../src/extract/figures/references.js');
  const tok = (text: string) => ({ text, lower: text.toLowerCase(), start: 0, end: text.length }) as Parameters<typeof isName>[0];
  const names = ['Poe', "O'Hara", 'O’Neil', 'Smith-Jones', 'St.', 'McDonald', 'José', 'Zoë', 'Añez'];
  const not = ['POE', 'P', 'poe', 'Poe2', 'Poe_x', 'A.B.', 'Ab c', 'Earthquakes', 'ÉÉ', 'Łukasz']; // (the first letter must be an ASCII capital)
  for (const n of names) assert.equal(isName(tok(n)), true, n);
  for (const n of not) assert.equal(isName(tok(n)), false, n);
});
