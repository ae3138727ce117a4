using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Grains;

/// <summary>Durable state of an indexing job: the request, a cursor and counts. Its size does not grow with the work done
/// (failures are listed up to <see cref="IndexProgress.MaxListedFailures"/>, then only counted).</summary>
[GenerateSerializer]
public sealed class IndexJobState
{
    /// <summary>The roots and feature kind.</summary>
    [Id(0)] public IndexJobRequest? Request { get; set; }

    /// <summary>Audio files under the roots, counted when the job starts; -1 before.</summary>
    [Id(1)] public int Total { get; set; } = -1;

    /// <summary>The last location handled, in its root's order (<see cref="Core.Audio.IRecordingSource.Enumerate"/>); null before
    /// the first work item.</summary>
    [Id(2)] public string? Cursor { get; set; }

    /// <summary>The index in the request's roots of the root <see cref="Cursor"/> lies in.</summary>
    [Id(8)] public int CursorRoot { get; set; }

    /// <summary>What the job did so far.</summary>
    [Id(9)] public IndexCounts Counts { get; set; } = IndexCounts.None;

    /// <summary>The first failures, with reasons.</summary>
    [Id(6)] public List<IndexFailure> Failures { get; set; } = [];

    /// <summary>Whether every file under the roots has been handled.</summary>
    [Id(7)] public bool Finished { get; set; }
}
