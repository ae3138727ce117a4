namespace Leitmotif.Grains;

/// <summary>Settings of the job coordinators (indexing jobs, query batches, training jobs) of a silo.</summary>
public sealed class JobOptions
{
    /// <summary>
    /// How often a job's reminder fires while the job is unfinished: after a silo restart, the job goes on within this time
    /// on whichever silo the reminder service places it. One minute, Orleans' shortest recommended period, unless a test
    /// wants it sooner.
    /// </summary>
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
