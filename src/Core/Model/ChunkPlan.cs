namespace Leitmotif.Core.Model;

/// <summary>
/// Cuts T frames into chunks whose input windows all have the same length, so they can share one batch, and whose
/// outputs equal a whole-input pass: each chunk's output frames [<see cref="Chunk.OutputStart"/>,
/// <see cref="Chunk.OutputEnd"/>) lie at least <c>context</c> frames inside its window, except at the input's own ends,
/// where the window ends too and the network's zero padding applies as in a whole pass.
/// </summary>
/// <param name="WindowFrames">Input frames per window: chunk + 2 × context, or T when that is not more.</param>
/// <param name="Chunks">The chunks in time order; their output ranges partition [0, T).</param>
internal sealed record ChunkPlan(int WindowFrames, IReadOnlyList<ChunkPlan.Chunk> Chunks)
{
    /// <summary>One chunk: the input window starts at <paramref name="WindowStart"/>; output frames
    /// [<paramref name="OutputStart"/>, <paramref name="OutputEnd"/>) are kept.</summary>
    internal readonly record struct Chunk(int WindowStart, int OutputStart, int OutputEnd);

    /// <summary>Plans chunks of <paramref name="chunkFrames"/> output frames over <paramref name="frames"/> frames.</summary>
    internal static ChunkPlan Create(int frames, int chunkFrames, int context)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frames);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkFrames, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(context);
        if (frames <= chunkFrames + 2L * context)
        {
            return new ChunkPlan(frames, frames == 0 ? [] : [new Chunk(0, 0, frames)]);
        }

        int window = chunkFrames + 2 * context;
        var chunks = new List<Chunk>();
        for (int start = 0; start < frames; start += chunkFrames)
        {
            int end = Math.Min(frames, start + chunkFrames);
            int windowStart = Math.Clamp(start - context, 0, frames - window);
            chunks.Add(new Chunk(windowStart, start, end));
        }

        return new ChunkPlan(window, chunks);
    }
}
