import packageJson from "../../package.json" with { type: "json" };

/** The package version, inlined at build time. */
export const VERSION: string = packageJson.version;
