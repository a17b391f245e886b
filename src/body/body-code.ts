/**
 * 全国地方公共団体コード: five digits and a check digit, `(11 − (6a+5b+4c+3d+2e) mod 11) mod 10`
 * (総務省, 全国地方公共団体コード仕様). Prefecture codes end their five digits in "000".
 */
export function checkDigit(fiveDigits: string): number {
  const weights = [6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 5; i++) sum += Number(fiveDigits[i]) * (weights[i] as number);
  return (11 - (sum % 11)) % 10;
}

export type BodyCodeProblem = { code: "invalid_code" | "bad_check_digit"; message: string };

/** Checks a 6-digit code; returns the problem with its fix, or null. */
export function bodyCodeProblem(code: string): BodyCodeProblem | null {
  if (!/^[0-9]{6}$/.test(code)) {
    return {
      code: "invalid_code",
      message: `body code "${code.slice(0, 20)}" must be the 6-digit 全国地方公共団体コード (5 digits and a check digit), e.g. "042056"`,
    };
  }
  const expected = checkDigit(code.slice(0, 5));
  if (Number(code[5]) !== expected) {
    return {
      code: "bad_check_digit",
      message: `body code ${code} has check digit ${code[5]}, but ${code.slice(0, 5)} needs ${expected}: did you mean ${code.slice(0, 5)}${expected}?`,
    };
  }
  return null;
}

/** Which kind of body a valid code names: prefecture codes are "NN000" + check digit. */
export function kindOfCode(code: string): "prefecture" | "municipality" {
  return code.slice(2, 5) === "000" ? "prefecture" : "municipality";
}
