/** Who can be played in the playground: each has their own chat with the bot. */
export interface Persona {
  key: string;
  id: number;
  name: string;
  role: "applicant" | "coordinator" | "admin";
  /** What "share my contact" sends. */
  phone: string;
}

export const PERSONAS: Persona[] = [
  { key: "zahra", id: 700_001, name: "زهرا", role: "applicant", phone: "+989121110001" },
  { key: "reza", id: 700_002, name: "رضا", role: "applicant", phone: "+989121110002" },
  { key: "maryam", id: 700_003, name: "مریم", role: "coordinator", phone: "+989121110003" },
  { key: "ali", id: 700_004, name: "علی", role: "admin", phone: "+989121110004" },
];
