namespace Leitmotif.Client.Output;

/// <summary>Prints the summary of inputs that failed, one line each.</summary>
public static class Failures
{
    /// <summary>Lists <paramref name="failures"/> on standard error; returns whether there were any.</summary>
    public static bool Report(string what, IReadOnlyCollection<string> failures)
    {
        if (failures.Count == 0) return false;
        Console.Error.WriteLine($"{failures.Count} {what} failed:");
        foreach (var failure in failures) Console.Error.WriteLine($"  {failure}");
        return true;
    }
}
