import { CsvDecoder, type CsvEncoding } from "../encoding.js";
import { CsvReader, type CsvRecord } from "./reader.js";

/** What was learnt of a file while its records were read. */
export interface CsvSource {
  /** The encoding it is read in, as far as its bytes have told (UTF-8 while they are ASCII alone). */
  encoding?: CsvEncoding;
}

/**
 * Records of a CSV byte stream in UTF-8 or Shift_JIS (CP932), one at a time: only one chunk and the records it
 * completes are in memory. Throws EncodingProblem at the first byte that is neither. `source.encoding` says
 * which is being read (final once the file has been read to its end).
 */
export async function* csvRecords(
  chunks: AsyncIterable<Uint8Array>,
  onBytes?: (count: number) => void,
  source: CsvSource = {},
): AsyncGenerator<CsvRecord> {
  const decoder = new CsvDecoder();
  const reader = new CsvReader();
  const ready: CsvRecord[] = [];
  const emit = (record: CsvRecord) => ready.push(record);
  for await (const chunk of chunks) {
    onBytes?.(chunk.length);
    reader.push(decoder.decode(chunk), emit);
    source.encoding = decoder.encoding;
    yield* ready.splice(0);
  }
  reader.push(decoder.end(), emit);
  source.encoding = decoder.encoding;
  reader.end(emit);
  yield* ready.splice(0);
}
