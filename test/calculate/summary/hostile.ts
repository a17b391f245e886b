import { validApplication } from "../../support.js";

/** Inputs not made as JSON makes them: the fast reader takes none it should not (most it leaves to the full validator). */
export const HOSTILE: [string, () => unknown][] = [
  ["an own __proto__ key", () => JSON.parse('{"fiscalYear":2025,"__proto__":{}}')],
  [
    "a non-enumerable constructor key",
    () => {
      const app = validApplication();
      Object.defineProperty(app.projects[0].expenses[0], "constructor", { value: 1, enumerable: false });
      return app;
    },
  ],
  [
    "deep nesting hung on an array",
    () => {
      const app = validApplication();
      let deep: Record<string, unknown> = {};
      for (let i = 0; i < 40; i++) deep = { deep };
      Object.defineProperty(app.projects[0].expenses, "hidden", { value: deep, enumerable: false });
      return app;
    },
  ],
  [
    "a hole in an array",
    () => {
      const app = validApplication();
      app.projects[0].expenses.length = 3;
      return app;
    },
  ],
  [
    "a null-prototype object",
    () => {
      const app = validApplication();
      app.body = Object.assign(Object.create(null), app.body);
      return app;
    },
  ],
  [
    "a class instance",
    () => {
      const app = validApplication();
      // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- an object of another prototype
      app.projects[0].expenses[0] = Object.assign(new (class Expense {})(), app.projects[0].expenses[0]);
      return app;
    },
  ],
  [
    "a getter that throws",
    () => {
      const app = validApplication();
      Object.defineProperty(app.projects[0].expenses[0], "amount", {
        enumerable: true,
        get: () => {
          throw new Error("no amount");
        },
      });
      return app;
    },
  ],
];
