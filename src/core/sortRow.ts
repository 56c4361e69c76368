/**
 * Sort a[start..end) ascending in place. CSR rows are short (mean degree ~10), where insertion
 * sort beats the native sort's call overhead; long rows (hubs, KOLs) use the native sort.
 */
export function sortRowAscending(a: Int32Array, start: number, end: number): void {
  if (end - start > 32) {
    a.subarray(start, end).sort();
    return;
  }
  for (let i = start + 1; i < end; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= start && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}
