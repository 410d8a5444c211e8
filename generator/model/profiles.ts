/** SCR profiles: finding a device class by what a user types, and the functions it must or may support. */
import { SpecError } from "../diagnostics.js";
import type { Api, Group, Method, ScrProfile } from "./api.js";

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

/** Whether a profile requires a group; a vendor's group (in no SCR table) is optional in every profile. */
export function groupStatus(profile: ScrProfile, group: Group): "mandatory" | "optional" | undefined {
  if (group.extension) return "optional";
  return profile.requirements.find((requirement) => requirement.section === group.section)?.status;
}

export function profileFunctions(api: Api, profile: ScrProfile): ProfileFunctions {
  const groupOf = new Map(api.groups.map((group) => [group.name, group]));
  const mandatory: Method[] = [];
  const optional: Method[] = [];
  for (const method of api.methods) {
    const group = groupOf.get(method.group);
    const requirement = group ? groupStatus(profile, group) : undefined;
    if (requirement === "mandatory") mandatory.push(method);
    else if (requirement === "optional") optional.push(method);
  }
  return { mandatory, optional };
}

/** A group's place in the tables: its SCR section, or "extension" for a vendor's group. */
export function sectionLabel(group: Group): string {
  return group.extension ? "extension" : group.section;
}

/** A cell of the SCR matrix: M or O (* when the seed lost the row and it was assumed), O for a vendor's group, empty where the profile does not name the group. */
export function scrCell(profile: ScrProfile, group: Group): string {
  if (group.extension) return "O";
  const row = profile.requirements.find((requirement) => requirement.section === group.section);
  return row ? `${row.status === "mandatory" ? "M" : "O"}${row.source === "assumed" ? "*" : ""}` : "";
}
