using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Leitmotif.Core.Audio;
using Leitmotif.Core.Corpus;
using Leitmotif.Core.Spectral;
using Leitmotif.Core.Storage;

namespace Leitmotif.Core.Training;

/// <summary>
/// The HCQT of each training recording, computed once: kept in memory for the run and in a cache folder across runs, so
/// epochs and later runs never recompute it.
/// </summary>
/// <remarks>
/// A file is named by 16 hex characters of SHA-256 over the audio's full path, the audio's <see cref="SourceFingerprint"/>
/// (length and write time) and <see cref="Version"/>; a changed file or a new definition gets a new name, and the old file is
/// simply no longer read. Layout: magic "LMH1", int32 frame count, then frames × 216 × 6 little-endian float16 values
/// (2,592 B per frame, 233 MB per hour). Files are written atomically (<see cref="AtomicFile"/>). The memory copy is never
/// evicted: a run holds every recording it touches (same size as on disk). Thread-safe.
/// Zalkow &amp; Müller, ISMIR 2020, §3 (HCQT input at 25 Hz).
/// </remarks>
public sealed class HcqtCache
{
    /// <summary>Revision of the cached data's definition (HCQT parameters, storage layout); part of every file name.</summary>
    public const string Version = "hcqt-1";

    /// <summary>Extension of the cache files, with the dot.</summary>
    public const string Extension = ".hcqt16";

    private const uint Magic = 0x31484D4C; // "LMH1"
    private readonly Dictionary<string, CachedHcqt> _memory = [];
    private readonly Lock _gate = new();

    /// <summary>Uses (and creates where missing) <paramref name="folder"/> for the cache files.</summary>
    public HcqtCache(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The cache folder, as a full path.</summary>
    public string Folder { get; }

    /// <summary>How many recordings were computed from audio (not found in memory or on disk) by this instance.</summary>
    public int Computed { get; private set; }

    /// <summary>The network input of the whole recording at <paramref name="audioPath"/>: from memory, else the cache folder,
    /// else computed (<see cref="AudioReader"/>, <see cref="Hcqt"/> with the paper's parameters) and stored in both.</summary>
    /// <exception cref="InputException">The audio file is missing or cannot be decoded.</exception>
    public CachedHcqt Get(string audioPath)
    {
        string full = Path.GetFullPath(audioPath);
        lock (_gate)
        {
            if (_memory.TryGetValue(full, out var cached)) return cached;
            string file = FilePath(full);
            var hcqt = File.Exists(file) ? Read(file) : null;
            if (hcqt is null)
            {
                using (var audio = AudioReader.Open(full)) hcqt = CachedHcqt.From(Hcqt.Compute(audio));
                AtomicFile.Write(file, temporary => Write(temporary, hcqt));
                Computed++;
            }
            _memory[full] = hcqt;
            return hcqt;
        }
    }

    private string FilePath(string fullAudioPath)
    {
        byte[] key = Encoding.UTF8.GetBytes($"{fullAudioPath}\n{SourceFingerprint.Of(fullAudioPath)}\n{Version}");
        return Path.Combine(Folder, Convert.ToHexStringLower(SHA256.HashData(key), 0, 8) + Extension);
    }

    private static void Write(string path, CachedHcqt hcqt)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(Magic);
        writer.Write(hcqt.Frames);
        writer.Write(MemoryMarshal.AsBytes(hcqt.Values.AsSpan()));
    }

    /// <summary>The stored frames, or null for a file of another layout or a wrong length (then it is recomputed).</summary>
    private static CachedHcqt? Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream);
        if (stream.Length < 8 || reader.ReadUInt32() != Magic) return null;
        int frames = reader.ReadInt32();
        long values = (long)frames * HcqtFrames.Bins * HcqtFrames.Harmonics;
        if (frames < 0 || stream.Length != 8 + values * 2) return null;
        var data = new Half[values];
        stream.ReadExactly(MemoryMarshal.AsBytes(data.AsSpan()));
        return new CachedHcqt(data, frames);
    }
}
