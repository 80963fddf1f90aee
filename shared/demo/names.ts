// Dutch names for the demo's children, parents, collectors and groups. Invented combinations; the
// e-mail domains are the reserved example domains (RFC 2606), so no demo mail can reach a person.

export const girlNames = [
  'Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Zoë', 'Sara', 'Nora', 'Yara', 'Eva', 'Liv', 'Lotte', 'Noor', 'Fenna',
  'Saar', 'Anna', 'Lieke', 'Roos', 'Evi', 'Nina', 'Olivia', 'Lina', 'Isa', 'Fleur', 'Hailey', 'Jasmijn', 'Maud',
  'Femke', 'Elin', 'Luna', 'Vera', 'Ilse', 'Sanne', 'Amira', 'Fatima', 'Aya', 'Sofia', 'Nova', 'Jill', 'Lynn',
] as const

export const boyNames = [
  'Noah', 'Daan', 'Luca', 'Lucas', 'Sem', 'Finn', 'Levi', 'Liam', 'Mees', 'Jesse', 'Milan', 'Bram', 'Thijs', 'Sam',
  'Adam', 'Mohammed', 'Ravi', 'Guus', 'Lars', 'Ruben', 'Thomas', 'Stijn', 'Jens', 'Teun', 'Jayden', 'Julian',
  'Hugo', 'Siem', 'Boaz', 'Otis', 'Jurre', 'Gijs', 'Tobias', 'Ryan', 'Owen', 'Max', 'Olivier', 'Vince', 'Joep', 'Kai',
] as const

export const adultFirstNames = [
  'Anouk', 'Marieke', 'Esther', 'Linda', 'Kim', 'Sandra', 'Laura', 'Iris', 'Ingrid', 'Monique', 'Naima', 'Yasmina',
  'Petra', 'Karin', 'Eline', 'Judith', 'Mirjam', 'Nicole', 'Hanneke', 'Charlotte', 'Mark', 'Jeroen', 'Dennis',
  'Martijn', 'Bas', 'Rob', 'Erik', 'Tim', 'Joost', 'Sander', 'Pieter', 'Wouter', 'Youssef', 'Karim', 'Niels',
  'Arjen', 'Frank', 'Remco', 'Vincent', 'Maarten',
] as const

export const lastNames = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
  'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit',
  'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen',
  'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'Schouten', 'Willems', 'Hoekstra', 'Verhoeven',
  'Koster', 'Prins', 'Kuipers', 'van Vliet', 'Verbeek', 'El Amrani', 'Yilmaz', 'Ramdin', 'Nguyen', 'Boukhari',
  'Goudriaan', 'Vergeer', 'Blonk', 'Hoogendoorn', 'van Rijn', 'Verkerk',
] as const

export const collectorRelations = ['oma', 'opa', 'tante', 'oom', 'buurvrouw', 'oppas', 'vriendin van moeder'] as const

export const groupNames = {
  KDV: ['De Vlinders', 'De Egeltjes', 'De Beertjes', 'De Lieveheersbeestjes', 'De Kikkertjes', 'De Uiltjes', 'De Eendjes'],
  PG: ['Peuterpret', 'De Ukkies', 'De Boefjes'],
  VSO: ['VSO Ochtendgloren', 'VSO De Vroege Vogels'],
  BSO: ['BSO De Bengels', 'BSO De Avonturiers', 'BSO Het Honk', 'BSO De Ontdekkers', 'BSO De Rakkers', 'BSO Kwebbel'],
} as const

export const allergies = ['pinda', 'noten', 'koemelk', 'kippenei', 'gluten', 'huisstofmijt', 'wespensteek', 'penicilline'] as const

export const medicalNotes = [
  'Gebruikt een puffer bij benauwdheid (in de tas).',
  'EpiPen in de koelkast van de groep; bij een reactie 112 bellen.',
  'Eczeem: na het buitenspelen insmeren met de eigen crème.',
  'Draagt een bril; mag hem bij het slapen af.',
  'Koortsstuipen gehad: bij koorts boven 38,5 ouders direct bellen.',
] as const

export const emailDomains = ['example.com', 'example.net', 'example.org'] as const

/** 'Anne de Vries' → 'anne.devries' (for e-mail addresses). */
export function mailName(first: string, last: string): string {
  const clean = (s: string): string => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase()
  return `${clean(first)}.${clean(last)}`
}
