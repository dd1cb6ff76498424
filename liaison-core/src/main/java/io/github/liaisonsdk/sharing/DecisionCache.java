package io.github.liaisonsdk.sharing;

import java.util.Arrays;
import java.util.function.LongFunction;

/**
 * Decisions by the combination of rule outcomes that made them. Few combinations occur, so a sorted array replaced
 * on insert serves reads without locks or allocation; inserts are rare and synchronised.
 */
final class DecisionCache {
  private static final class Table {
    final long[] keys;
    final Decision[] values;

    Table(long[] keys, Decision[] values) {
      this.keys = keys;
      this.values = values;
    }
  }

  private volatile Table table = new Table(new long[0], new Decision[0]);

  Decision get(long key, LongFunction<Decision> make) {
    Table t = table;
    int i = Arrays.binarySearch(t.keys, key);
    return i >= 0 ? t.values[i] : insert(key, make);
  }

  int size() {
    return table.keys.length;
  }

  private synchronized Decision insert(long key, LongFunction<Decision> make) {
    Table t = table;
    int i = Arrays.binarySearch(t.keys, key);
    if (i >= 0) {
      return t.values[i];
    }
    Decision made = make.apply(key);
    int at = -i - 1;
    long[] keys = new long[t.keys.length + 1];
    Decision[] values = new Decision[keys.length];
    System.arraycopy(t.keys, 0, keys, 0, at);
    System.arraycopy(t.values, 0, values, 0, at);
    keys[at] = key;
    values[at] = made;
    System.arraycopy(t.keys, at, keys, at + 1, t.keys.length - at);
    System.arraycopy(t.values, at, values, at + 1, t.values.length - at);
    table = new Table(keys, values);
    return made;
  }
}
