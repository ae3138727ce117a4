using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Leitmotif.Core.Audio;
using Leitmotif.Core.Corpus;
using Leitmotif.Core.Spectral;

namespace Leitmotif.Core.Training;

/// <summary>
/// The HCQT of each training recording, computed once and kept in a cache folder, from which every training example reads
/// just its segment: epochs and later runs never recompute it, and a run's memory does not grow with the corpus (the
/// operating system's page cache keeps the files that are read often).
/// </summary>
/// <remarks>
/// A file is named by 16 hex characters of SHA-256 over the audio's full path, the audio's <see cref="LocalRecordingSource.StampOf"/>
/// (length and write time) and <see cref="Version"/>; a changed file or a new definition gets a new name, and the old file is
/// simply no longer read. Layout: magic "LMH1", int32 frame count, then frames × 216 × 6 little-endian float16 values
/// (2,592 B per frame, 233 MB per hour; float16 keeps 11 significant bits of values in [0, 1]). Files are written
/// atomically (<see cref="AtomicFile"/>). Thread-safe. Zalkow &amp; Müller, ISMIR 2020, §3 (HCQT input at 25 Hz).
/// </remarks>
public sealed class HcqtCache
{
    /// <summary>Revision of the cached data's definition (HCQT parameters, storage layout); part of every file name.</summary>
    public const string Version = "hcqt-1";

    /// <summary>Extension of the cache files, with the dot.</summary>
    public const string Extension = ".hcqt16";

    private const uint Magic = 0x31484D4C; // "LMH1"
    private const int HeaderBytes = 8;
    private const int FrameValues = HcqtFrames.Bins * HcqtFrames.Harmonics;
    private readonly Dictionary<string, (string File, int Frames)> _files = [];
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

    /// <summary>How many recordings were computed from audio (not found in the cache folder) by this instance.</summary>
    public int Computed { get; private set; }

    /// <summary>Frames [<paramref name="first"/>, <paramref name="first"/> + <paramref name="count"/>) of the network input of the
    /// recording at <paramref name="audioPath"/>, as float32, cut at the recording's end (so fewer frames, maybe none, near or
    /// past it). The recording's HCQT is computed (<see cref="AudioReader"/>, <see cref="Hcqt"/> with the paper's parameters)
    /// and stored when the cache folder lacks it.</summary>
    /// <exception cref="InputException">The audio file is missing or cannot be decoded.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="first"/> or <paramref name="count"/> is negative.</exception>
    public HcqtFrames Slice(string audioPath, int first, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var (file, total) = Locate(Path.GetFullPath(audioPath));
        int frames = Math.Max(0, Math.Min(count, total - first));
        var values = new Half[frames * FrameValues];
        using (var handle = File.OpenHandle(file))
        {
            var bytes = MemoryMarshal.AsBytes(values.AsSpan());
            long offset = HeaderBytes + (long)first * FrameValues * sizeof(short);
            for (int read = 0; read < bytes.Length;)
            {
                int n = RandomAccess.Read(handle, bytes[read..], offset + read);
                if (n == 0) throw new IOException($"{file} ended early");
                read += n;
            }
        }
        var data = new float[values.Length];
        for (int i = 0; i < data.Length; i++) data[i] = (float)values[i];
        return new HcqtFrames(data, frames);
    }

    /// <summary>The recording's cache file and frame count, computing the file first where it is missing or unreadable.</summary>
    private (string File, int Frames) Locate(string fullAudioPath)
    {
        lock (_gate)
        {
            if (_files.TryGetValue(fullAudioPath, out var known)) return known;
            string file = FilePath(fullAudioPath);
            if (StoredFrames(file) is not { } frames)
            {
                HcqtFrames hcqt;
                using (var audio = AudioReader.Open(fullAudioPath)) hcqt = Hcqt.Compute(audio);
                AtomicFile.Write(file, temporary => Write(temporary, hcqt));
                frames = hcqt.Frames;
                Computed++;
            }
            return _files[fullAudioPath] = (file, frames);
        }
    }

    private string FilePath(string fullAudioPath)
    {
        var stamp = LocalRecordingSource.StampOf(fullAudioPath);
        byte[] key = Encoding.UTF8.GetBytes($"{fullAudioPath}\n{stamp.Size}-{stamp.Modified}\n{Version}");
        return Path.Combine(Folder, Convert.ToHexStringLower(SHA256.HashData(key), 0, 8) + Extension);
    }

    private static void Write(string path, HcqtFrames hcqt)
    {
        var values = new Half[hcqt.Data.Length];
        for (int i = 0; i < values.Length; i++) values[i] = (Half)hcqt.Data[i];
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(Magic);
        writer.Write(hcqt.Frames);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>The frame count of a stored file, or null when there is none or it has another layout or a wrong length (then
    /// it is recomputed).</summary>
    private static int? StoredFrames(string path)
    {
        if (!File.Exists(path)) return null;
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream);
        if (stream.Length < HeaderBytes || reader.ReadUInt32() != Magic) return null;
        int frames = reader.ReadInt32();
        return frames >= 0 && stream.Length == HeaderBytes + (long)frames * FrameValues * sizeof(short) ? frames : null;
    }
}
