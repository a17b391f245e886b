import { decodeUtf8, EncodingProblem } from "../encoding.js";
import type { Problem } from "../errors.js";
import { displayName, readBytes, type Streams } from "../io.js";

/** A JSON file (or stdin), decoded as strict UTF-8; a problem (exit 1) when it is not UTF-8 or not JSON. */
export async function readJson(
  path: string,
  io: Streams,
  command: string,
): Promise<{ ok: true; value: unknown } | { ok: false; problem: Problem }> {
  const file = displayName(path);
  const bytes = await readBytes(path, io, command);
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch (error) {
    if (error instanceof EncodingProblem)
      return { ok: false, problem: { file, line: error.line, code: "not_utf8", message: error.message } };
    throw error;
  }
  if (text.trim() === "")
    return { ok: false, problem: { file, code: "empty_file", message: "the file is empty: give a JSON document" } };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    // Lines end as the decoder counts them: CRLF, LF or a lone CR.
    const line = position ? text.slice(0, Number(position[1])).split(/\r\n|\r|\n/).length : undefined;
    return {
      ok: false,
      problem: {
        file,
        ...(line !== undefined && { line }),
        code: "invalid_json",
        message: `not valid JSON: ${message}`,
      },
    };
  }
}
