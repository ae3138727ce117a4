using System.Text.Json;
using Orleans.Runtime;

namespace Leitmotif.Hosting.Storage;

/// <summary>
/// Orleans reminders in one JSON file in the data folder: the embedded default, so that a job's reminder outlives the silo
/// process and fires again when the silo starts. Written by hand because Orleans ships no file-based reminder table (its
/// in-memory one dies with the silo). Every operation reads, changes and renames the whole file under an exclusive lock on a
/// lock file, which serialises silos of one machine; a job holds one reminder, so the file stays small.
/// </summary>
public sealed class FileReminderTable(string path) : IReminderTable
{
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LockLimit = TimeSpan.FromSeconds(10);

    public Task<ReminderTableData> ReadRows(GrainId grainId) =>
        ReadAsync(rows => new ReminderTableData(rows.Where(r => r.GrainId == grainId.ToString()).Select(ToEntry)));

    public Task<ReminderTableData> ReadRows(uint begin, uint end)
    {
        var range = RangeFactory.CreateRange(begin, end);
        return ReadAsync(rows => new ReminderTableData(rows.Select(ToEntry).Where(e => range.InRange(e.GrainId))));
    }

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) =>
        ReadAsync(rows => rows.Where(r => r.GrainId == grainId.ToString() && r.Name == reminderName).Select(ToEntry).FirstOrDefault());

    public Task<string?> UpsertRow(ReminderEntry entry) => UpdateAsync<string?>(rows =>
    {
        var row = new Row(entry.GrainId.ToString(), entry.ReminderName, entry.StartAt, entry.Period, Guid.NewGuid().ToString("N"));
        rows.RemoveAll(r => r.GrainId == row.GrainId && r.Name == row.Name);
        rows.Add(row);
        return (true, row.ETag);
    });

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) => UpdateAsync(rows =>
    {
        bool removed = rows.RemoveAll(r => r.GrainId == grainId.ToString() && r.Name == reminderName && r.ETag == eTag) > 0;
        return (removed, removed);
    });

    public Task TestOnlyClearTable() => UpdateAsync(rows =>
    {
        rows.Clear();
        return (true, true);
    });

    private async Task<T> ReadAsync<T>(Func<List<Row>, T> read)
    {
        using var fileLock = await LockAsync();
        return read(Load());
    }

    /// <summary>Runs <paramref name="update"/> on the rows and writes them back when it says they changed.</summary>
    private async Task<T> UpdateAsync<T>(Func<List<Row>, (bool Changed, T Result)> update)
    {
        using var fileLock = await LockAsync();
        var rows = Load();
        var (changed, result) = update(rows);
        if (changed)
        {
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllBytesAsync(temporary, JsonSerializer.SerializeToUtf8Bytes(rows));
            File.Move(temporary, path, overwrite: true);
        }
        return result;
    }

    private List<Row> Load() =>
        File.Exists(path) ? JsonSerializer.Deserialize<List<Row>>(File.ReadAllBytes(path)) ?? [] : [];

    private async Task<FileStream> LockAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream($"{path}.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waiting.Elapsed < LockLimit)
            {
                await Task.Delay(LockRetry); // another silo of this machine holds the table for a few milliseconds
            }
        }
    }

    private static ReminderEntry ToEntry(Row row) => new()
    {
        GrainId = GrainId.Parse(row.GrainId), ReminderName = row.Name, StartAt = row.StartAt, Period = row.Period, ETag = row.ETag,
    };

    private sealed record Row(string GrainId, string Name, DateTime StartAt, TimeSpan Period, string ETag);
}
