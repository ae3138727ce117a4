namespace Leitmotif.Grains;

/// <summary>
/// The Orleans reminder that drives a job coordinator: registered when the job is recorded, it fires every
/// <see cref="JobOptions.ReminderPeriod"/> and lets the job go on (a no-op while it runs), until the job unregisters it when
/// finished. The reminder is durable (file or Azure Table), so a job resumes after a silo restart with no client attached,
/// and reading a job's progress never starts work.
/// </summary>
internal static class JobReminder
{
    public const string Name = "drive-job";

    /// <summary>Registers (or keeps) the reminder of <paramref name="job"/>; its first tick is one period away.</summary>
    public static Task RegisterAsync(Grain job, JobOptions options) =>
        job.RegisterOrUpdateReminder(Name, options.ReminderPeriod, options.ReminderPeriod);

    /// <summary>Removes the reminder of a finished job, if it still has one.</summary>
    public static async Task UnregisterAsync(Grain job)
    {
        if (await job.GetReminder(Name) is { } reminder) await job.UnregisterReminder(reminder);
    }
}
