namespace Leitmotif.Core.Training;

/// <summary>
/// Which training examples an epoch visits, and in what order: consecutive pieces of a chain of seeded shuffles of all
/// examples, so that an epoch has a bounded length and every example is visited once per <c>count / perEpoch</c> epochs.
/// </summary>
/// <remarks>
/// Epoch e (from 1) takes positions [(e − 1) · perEpoch, e · perEpoch) of the endless sequence shuffle₀, shuffle₁, …, where
/// shuffleₖ is a Fisher–Yates shuffle of 0 … count − 1 seeded by (seed, k) through <see cref="Corpus.StableSeed"/>. With perEpoch = count each epoch is one fresh
/// shuffle of all examples. An epoch that straddles two shuffles may visit an example twice; none is ever skipped.
/// </remarks>
public static class EpochSample
{
    /// <summary>The example indices epoch <paramref name="epoch"/> visits, in visiting order.</summary>
    /// <param name="count">Number of training examples, at least 1.</param>
    /// <param name="perEpoch">Examples per epoch; 0 or more than <paramref name="count"/> means all of them.</param>
    /// <param name="seed">The run's seed.</param>
    /// <param name="epoch">The epoch, from 1.</param>
    public static int[] Indices(int count, int perEpoch, int seed, int epoch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(perEpoch);
        ArgumentOutOfRangeException.ThrowIfLessThan(epoch, 1);
        int size = perEpoch == 0 ? count : Math.Min(perEpoch, count);
        long first = (epoch - 1L) * size;
        var indices = new int[size];
        int[]? shuffle = null;
        long shuffleNumber = -1;
        for (int i = 0; i < size; i++)
        {
            long position = first + i;
            if (position / count != shuffleNumber)
            {
                shuffleNumber = position / count;
                shuffle = Shuffle(count, seed, shuffleNumber);
            }
            indices[i] = shuffle![position % count];
        }
        return indices;
    }

    private static int[] Shuffle(int count, int seed, long number)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(Corpus.StableSeed.Of(seed, $"shuffle {number}")).Shuffle(order);
        return order;
    }
}
