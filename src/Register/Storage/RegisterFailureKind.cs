namespace Supervision.Register;

/// <summary>What kind of failure stopped the register: the answer a door gives depends on it alone.</summary>
public enum RegisterFailureKind
{
    /// <summary>The database cannot be reached or used now (refused connection, timeout, disk I/O, a
    /// schema newer than the program): nothing the caller sent is wrong; trying later may succeed.</summary>
    Unavailable,

    /// <summary>The database (or the register's own arithmetic) refused a value the caller sent: a unique
    /// clash, a check or foreign-key constraint, a NUL byte or text the database's encoding cannot hold,
    /// a value too long, a date beyond the calendar's edge. Sending it again will fail again.</summary>
    Refused,

    /// <summary>The register holds data this program cannot use (stored JSON it cannot read, a row an
    /// audit would flag): an operator must look; run audit verify.</summary>
    Damaged,

    /// <summary>The database failed in a way none of the above explains (an SQL error of the program itself).</summary>
    Unexpected,
}
