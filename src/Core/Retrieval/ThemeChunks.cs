namespace Leitmotif.Core.Retrieval;

/// <summary>Splits a batch's themes into consecutive chunks of bounded size, so that no message carrying query features grows past a bound.</summary>
public static class ThemeChunks
{
    /// <summary>Consecutive ranges of themes whose sizes sum to at most <paramref name="maxSize"/>; a theme larger than that is a chunk of its own.</summary>
    /// <param name="sizes">Each theme's size (e.g. the floats of all its query versions), in batch order.</param>
    /// <param name="maxSize">Largest chunk size.</param>
    /// <returns>(first theme, theme count) per chunk, covering every theme once, in order.</returns>
    public static IReadOnlyList<(int Start, int Count)> Split(IReadOnlyList<long> sizes, long maxSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSize);
        var chunks = new List<(int, int)>();
        int start = 0;
        long size = 0;
        for (int i = 0; i < sizes.Count; i++)
        {
            if (i > start && size + sizes[i] > maxSize)
            {
                chunks.Add((start, i - start));
                (start, size) = (i, 0);
            }
            size += sizes[i];
        }
        if (sizes.Count > start) chunks.Add((start, sizes.Count - start));
        return chunks;
    }
}
