import { describe, expect, it } from "vitest";
import { suggestItems } from "../../src/index.js";

/** The hints of the suggestion of an item for a line: [word, rule, footnote]. */
function hints(text: string, item: string) {
  const suggestion = suggestItems(text, { limit: 23 }).find((s) => s.item === item);
  expect(suggestion, `${text} suggests ${item}`).toBeDefined();
  return suggestion!.hints.map((h) => [h.word, h.rule, h.footnote]);
}

describe("hints: words that bear on a footnote say so", () => {
  it("移住・定住 → ※5, on every item of the five pillars", () => {
    expect(hints("移住相談会 会場借上料", "information.consultation-events")).toEqual([["移住", "fn5", "※5"]]);
    expect(hints("UIJターン就職支援事業", "reception.jobs-and-side-jobs")).toEqual([["UIJターン", "fn5", "※5"]]);
    expect(hints("定住促進 空き家バンク運営", "reception.vacant-house-bank")).toEqual([["定住", "fn5", "※5"]]);
  });

  it("…but not on the ふるさと住民 track, which ※5 does not route", () => {
    expect(hints("移住 ふるさと住民登録制度準備", "furusato.system-setup-and-operation")).toEqual([]);
  });

  it("新築 → ※2 on the facilities; 改修 too; neither on an item ※2 does not bear on", () => {
    expect(hints("ワーケーション施設新築工事", "opportunity.facilities")).toEqual([["新築", "fn2", "※2"]]);
    expect(hints("お試し住宅改修工事", "opportunity.facilities")).toEqual([["改修", "fn2", "※2"]]);
    expect(hints("お試し住宅改修工事", "reception.housing-renovation-grants")).toEqual([]);
  });

  it("現金, 商品券 and 交通費・旅費 → ※3, on any item", () => {
    expect(hints("二地域居住者交流会 商品券配布", "opportunity.resident-exchange")).toEqual([["商品券", "fn3", "※3"]]);
    expect(hints("副業人材来訪交通費", "reception.jobs-and-side-jobs")).toEqual([["交通費", "fn3", "※3"]]);
    expect(hints("関係人口セミナー 登壇者旅費", "information.consultation-events")).toEqual([["旅費", "fn3", "※3"]]);
    const [cash] = suggestItems("二地域居住体験ツアー 参加者への現金給付").map((s) => s.hints);
    expect(cash?.map((h) => h.word)).toEqual(["現金"]);
  });

  it("the ※3 notes say that staff travel is not a handout, and that vouchers are read as cash", () => {
    const [travel] = suggestItems("関係人口セミナー 登壇者旅費")[0]!.hints;
    expect(travel?.note.ja).toContain("職員の出張旅費");
    const [voucher] = suggestItems("二地域居住者交流会 商品券配布")[0]!.hints;
    expect(voucher?.note.ja).toContain("推定");
  });

  it("地方債 → ※2's bond on the facilities, ※1's on the registration system, 特定財源 elsewhere", () => {
    expect(hints("お試し住宅整備 地方債充当", "opportunity.facilities")).toEqual([["地方債", "fn2", "※2"]]);
    expect(hints("二地域居住者登録システム構築 地方債", "information.registration-system")).toEqual([
      ["システム構築", "fn1", "※1"],
      ["地方債", "fn1", "※1"],
    ]);
    expect(hints("二地域居住相談会 地方債", "information.consultation-events")).toEqual([
      ["地方債", "own-burden", "特定財源"],
    ]);
    expect(hints("テレワークセンター整備（地域活性化事業債充当）", "opportunity.facilities")).toEqual([
      ["地域活性化事業債", "fn2", "※2"],
    ]);
  });

  it("※1: a build asks the digital bond, upkeep counts", () => {
    expect(hints("関係人口登録アプリ保守委託料", "information.registration-system")).toEqual([["保守", "fn1", "※1"]]);
    expect(hints("二地域居住者登録制度 システム改修", "information.registration-system")).toEqual([
      ["改修", "fn1", "※1"],
    ]);
  });

  it("※4: regional study's conditions, and 魅力化 named", () => {
    expect(hints("高校魅力化・地域留学推進", "opportunity.regional-study-programs")).toEqual([
      ["魅力化", "fn4", "※4"],
      ["地域留学", "fn4", "※4"],
    ]);
    // 保育園留学 is not regional study: ※4 does not bear on the dual-school item.
    expect(hints("保育園留学受入プログラム運営", "opportunity.dual-school-programs")).toEqual([]);
  });

  it("特定財源 and double claims, on any item", () => {
    expect(hints("二地域居住相談会（地方創生推進交付金）", "information.consultation-events")).toEqual([
      ["地方創生推進交付金", "own-burden", "特定財源"],
      ["地方創生推進", "double-claim", "重複計上"],
    ]);
    expect(hints("関係人口ファンクラブ運営 地域おこし協力隊", "opportunity.fan-club")).toEqual([
      ["地域おこし協力隊", "double-claim", "重複計上"],
    ]);
    expect(hints("関係人口ファンクラブ運営（企業版ふるさと納税充当）", "opportunity.fan-club")).toEqual([
      ["ふるさと納税", "own-burden", "特定財源"],
    ]);
  });

  it("every hint has a note in Japanese and English naming its mark", () => {
    const text =
      "移住 新築 改修 現金 交通費 地方債 地域留学 魅力化 保守 構築 国庫補助 集落支援員 お試し住宅 副業人材 二地域居住者登録";
    for (const s of suggestItems(text, { limit: 23 }))
      for (const h of s.hints) {
        expect(h.note.ja.length).toBeGreaterThan(0);
        expect(h.note.en.length).toBeGreaterThan(0);
        if (h.rule.startsWith("fn")) expect(h.note.ja).toContain(h.footnote);
      }
  });
});
