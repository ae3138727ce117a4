using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>Trains one rotation in the background (key: model id), resuming from its last checkpoint after a restart.</summary>
public interface IFoldTrainerGrain : IGrainWithStringKey
{
    /// <summary>Records the rotation and starts training in the background; returns at once. Does nothing when already recorded,
    /// unless it is pending again after <see cref="ExtendAsync"/> (then it trains on from its checkpoint).</summary>
    Task StartAsync(FoldTrainingRequest request);

    /// <summary>Continues an unfinished rotation after a restart (its trainer's reminder calls it); does nothing when finished or running.</summary>
    Task ResumeAsync();
    /// <summary>Raises the rotation's epoch limit to <paramref name="maxEpochs"/>: a rotation that ended at its old limit becomes
    /// <see cref="FoldState.Pending"/> until <see cref="StartAsync"/> again; one still running goes on to the new limit. Does
    /// nothing for a lower limit, a failed rotation or one that stopped early.</summary>
    Task ExtendAsync(int maxEpochs);

    /// <summary>The rotation's progress; <see cref="FoldState.Pending"/> before it was started.</summary>
    Task<FoldStatus> GetStatusAsync();
}
