/** SCR profiles: finding a device class by what a user types, and the functions it must or may support. */
import { SpecError } from "../diagnostics.js";
import type { Api, Method, ScrProfile } from "./api.js";

/** "laptop", "LAP" or "Laptop" all name the laptop profile. */
export function findProfile(api: Api, name: string): ScrProfile {
  const wanted = name.trim().toLowerCase();
  const profile = api.profiles.find((item) => [item.deviceClass, item.prefix, item.title].some((candidate) => candidate.toLowerCase() === wanted));
  if (!profile) {
    throw new SpecError([{ message: `no device class "${name}"; the SCR tables have: ${api.profiles.map((item) => item.deviceClass).join(", ")}`, location: { file: "--profile" } }], 2);
  }
  return profile;
}

export interface ProfileFunctions {
  mandatory: Method[];
  optional: Method[];
}

export function profileFunctions(api: Api, profile: ScrProfile): ProfileFunctions {
  const status = new Map(profile.requirements.map((requirement) => [requirement.section, requirement.status]));
  const sectionOf = new Map(api.groups.map((group) => [group.name, group.section]));
  const mandatory: Method[] = [];
  const optional: Method[] = [];
  for (const method of api.methods) {
    const requirement = status.get(sectionOf.get(method.group)!);
    if (requirement === "mandatory") mandatory.push(method);
    else if (requirement === "optional") optional.push(method);
  }
  return { mandatory, optional };
}
