namespace Leitmotif.Core.Audio;

/// <summary>
/// A place recordings are read from: local folders (<see cref="LocalRecordingSource"/>), or a store the hosting layer adds,
/// such as Azure Blob Storage. A recording lies at a location (a full path or a URI); it is named by its path below the
/// root it was indexed under (<see cref="RecordingNames"/>).
/// </summary>
public interface IRecordingSource
{
    /// <summary>Whether <paramref name="location"/> is one of this source's (a path, or a URI of its scheme).</summary>
    bool Handles(string location);

    /// <summary>The canonical form of a root a user gave, as jobs persist it.</summary>
    string Normalise(string root);

    /// <summary>The recordings under <paramref name="root"/> in a fixed order, only those after <paramref name="after"/> when
    /// given (a location this method yielded before). A root that names no recording at all is yielded itself, so that
    /// reading it reports why instead of the root being skipped in silence.</summary>
    IEnumerable<string> Enumerate(string root, string? after = null);

    /// <summary>The recording's size and change stamp, read without reading the recording: a recording whose stamp is new is
    /// fingerprinted (<see cref="Storage.ContentFingerprint"/>) to tell a changed recording from a moved or touched one.</summary>
    /// <exception cref="InputException">The recording does not exist.</exception>
    RecordingStamp Stamp(string location);

    /// <summary>Whether the recording still exists.</summary>
    /// <exception cref="InputException">Whether it exists cannot be told (the store did not answer).</exception>
    bool Exists(string location);

    /// <summary>Opens the recording as a seekable stream of its encoded bytes; the caller disposes it.</summary>
    /// <exception cref="InputException">The recording does not exist or cannot be read.</exception>
    Stream Open(string location);
}
