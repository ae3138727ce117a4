using Leitmotif.Grains.Tests;
using Leitmotif.Hosting.Storage;
using Orleans.Runtime;

namespace Leitmotif.Hosting.Tests.Storage;

public class FileReminderTableTests
{
    private static ReminderEntry Entry(string key, string name = "drive-job") => new()
    {
        GrainId = GrainId.Create("indexjob", key), ReminderName = name,
        StartAt = new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc), Period = TimeSpan.FromMinutes(1),
    };

    [Fact]
    public async Task AReminderWrittenByOneTableIsReadByAnotherOverTheSameFile()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "reminders.json");
        var entry = Entry("job-1");
        var etag = await new FileReminderTable(path).UpsertRow(entry);

        var read = await new FileReminderTable(path).ReadRow(entry.GrainId, entry.ReminderName);

        Assert.NotNull(read);
        Assert.Equal((entry.GrainId, entry.StartAt, entry.Period, etag), (read.GrainId, read.StartAt, read.Period, read.ETag));
    }

    [Fact]
    public async Task ARowIsRemovedOnlyWithItsCurrentETag()
    {
        using var folder = new TemporaryFolder();
        var table = new FileReminderTable(Path.Combine(folder.Path, "reminders.json"));
        var entry = Entry("job-1");
        var first = await table.UpsertRow(entry);
        var second = await table.UpsertRow(entry);

        bool removedWithStale = await table.RemoveRow(entry.GrainId, entry.ReminderName, first!);
        bool removedWithCurrent = await table.RemoveRow(entry.GrainId, entry.ReminderName, second!);

        Assert.NotEqual(first, second);
        Assert.False(removedWithStale);
        Assert.True(removedWithCurrent);
        Assert.Null(await table.ReadRow(entry.GrainId, entry.ReminderName));
    }

    [Fact]
    public async Task TwoRingRangesThatSplitTheRingReadEveryReminderExactlyOnce()
    {
        using var folder = new TemporaryFolder();
        var table = new FileReminderTable(Path.Combine(folder.Path, "reminders.json"));
        var entries = Enumerable.Range(0, 40).Select(i => Entry($"job-{i}")).ToList();
        foreach (var e in entries) await table.UpsertRow(e);
        uint split = entries[7].GrainId.GetUniformHashCode();

        var low = await table.ReadRows(split, uint.MaxValue / 3);   // wraps around zero unless split is below a third
        var high = await table.ReadRows(uint.MaxValue / 3, split);

        var expected = entries.Select(e => e.GrainId).OrderBy(g => g.ToString());
        Assert.Equal(expected, low.Reminders.Concat(high.Reminders).Select(r => r.GrainId).OrderBy(g => g.ToString()));
        Assert.Equal(entries.Count, (await table.ReadRows(split, split)).Reminders.Count); // begin == end is the whole ring
    }

    [Fact]
    public async Task ConcurrentWritersOverOneFileLoseNoReminder()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "reminders.json");
        var entries = Enumerable.Range(0, 24).Select(i => Entry($"job-{i}")).ToList();

        await Task.WhenAll(entries.Select((e, i) => Task.Run(() => new FileReminderTable(path).UpsertRow(e))));

        var rows = await new FileReminderTable(path).ReadRows(0, 0);
        Assert.Equal(entries.Count, rows.Reminders.Select(r => r.GrainId).Distinct().Count());
    }
}
