import { Utf8ChunkDecoder } from "../encoding.js";
import { CsvReader, type CsvRecord } from "./reader.js";

/**
 * Records of a UTF-8 CSV byte stream, one at a time: only one chunk and the records it completes are in
 * memory. Throws EncodingProblem at the first byte that is not UTF-8.
 */
export async function* csvRecords(
  chunks: AsyncIterable<Uint8Array>,
  onBytes?: (count: number) => void,
): AsyncGenerator<CsvRecord> {
  const decoder = new Utf8ChunkDecoder();
  const reader = new CsvReader();
  const ready: CsvRecord[] = [];
  const emit = (record: CsvRecord) => ready.push(record);
  for await (const chunk of chunks) {
    onBytes?.(chunk.length);
    reader.push(decoder.decode(chunk), emit);
    yield* ready.splice(0);
  }
  reader.push(decoder.end(), emit);
  reader.end(emit);
  yield* ready.splice(0);
}
