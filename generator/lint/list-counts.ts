/**
 * LIST_COUNT_PAIRED: the seed counts a list's elements one way, a sequence member `<x>List` with an
 * integer member `<x>ListElements` beside it (RFInfoList / RFInfoListElements). A list without its
 * count, a count without its list, and in result types another way of counting (`count` beside
 * `indexes`) make clients read lengths differently from one type to the next.
 */
import type { Api, DictionaryType } from "../model/api.js";
import type { RuleFinding } from "./finding.js";
import { dictionariesInResults, isArray, isInteger, typeIndex } from "./types.js";

const LIST = /List$/;
const LIST_COUNT = /ListElements$/;
/** Integer members that count something another way: `count`, `total`, `numberOfX`, `xCount`. */
const OTHER_COUNT = /^(?:count|total|num|number)$|^(?:numberOf|numOf)[A-Z]|[a-z0-9]Count$/;

export function listCounts(api: Api): RuleFinding[] {
  const types = typeIndex(api);
  const inResults = dictionariesInResults(api);
  const finding = (type: DictionaryType, member: string, message: string): RuleFinding => ({ rule: "LIST_COUNT_PAIRED", subject: { kind: "member", type: type.name, name: member }, message });
  return api.types.flatMap((type): RuleFinding[] => {
    if (type.kind !== "dictionary") return [];
    const members = new Map(type.members.map((member) => [member.name, member]));
    const found: RuleFinding[] = [];
    for (const member of type.members) {
      if (LIST.test(member.name) && isArray(member.type, types)) {
        const count = members.get(`${member.name}Elements`);
        if (!count || !isInteger(count.type, types))
          found.push(finding(type, member.name, `${type.name}.${member.name} is a list without its count: add an integer member ${member.name}Elements beside it (as RFInfoList / RFInfoListElements)`));
      } else if (LIST_COUNT.test(member.name)) {
        const listName = member.name.replace(/Elements$/, "");
        const list = members.get(listName);
        if (!list || !isArray(list.type, types)) found.push(finding(type, member.name, `${type.name}.${member.name} counts the elements of ${listName}, which ${type.name} has no list member of`));
        else if (!isInteger(member.type, types)) found.push(finding(type, member.name, `${type.name}.${member.name} counts the elements of ${listName} but is not an integer`));
      }
    }
    if (inResults.has(type.name)) {
      const otherLists = type.members.filter((member) => isArray(member.type, types) && !LIST.test(member.name));
      for (const member of type.members) {
        if (!OTHER_COUNT.test(member.name) || !isInteger(member.type, types) || otherLists.length === 0) continue;
        const list = otherLists[0]!.name;
        const seedName = `${list.replace(/(?:es|s)$/, "")}List`;
        found.push(finding(type, member.name, `${type.name}.${member.name} counts ${list} in its own way: the seed's style is a list ${seedName} with its count ${seedName}Elements`));
      }
    }
    return found;
  });
}
