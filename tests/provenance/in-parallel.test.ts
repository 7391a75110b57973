import { describe, expect, it } from 'vitest';
import { inParallel } from '../../packages/provenance/src/repository/batches.js';

describe('inParallel (the anchoring job’s proof writes)', () => {
  it('reports a failure only once every task already started has settled, and starts no new one', async () => {
    // Prepare: task 0 fails at once while tasks 1-3 are still running.
    const finished: number[] = [];
    const started: number[] = [];
    const task = async (i: number) => {
      started.push(i);
      if (i === 0) throw new Error('refused');
      await new Promise((resolve) => setTimeout(resolve, 50));
      finished.push(i);
    };

    // Act
    const outcome = await inParallel([0, 1, 2, 3, 4, 5, 6, 7], 4, task).then(
      () => 'resolved',
      (error: Error) => error.message,
    );

    // Assess
    expect(outcome).toBe('refused');
    expect(finished.sort()).toEqual([1, 2, 3]);
    expect(started.sort()).toEqual([0, 1, 2, 3]);
  });
});
