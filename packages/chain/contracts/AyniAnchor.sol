// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title AyniAnchor
/// @notice Anchors Merkle roots of batches of hashed provenance events, one transaction per batch.
///         Each anchorer numbers its batches 0, 1, 2, ...; the contract keeps, per anchorer, one
///         storage word holding both its authorisation and its next batch number. An anchor call
///         therefore touches a single, already non-zero slot (one cold SLOAD + one non-zero to
///         non-zero SSTORE, 5,000 gas) instead of a fresh 20,000-gas slot per batch.
///         Idempotency per batch: re-sending a batch number that was already anchored is a quiet
///         no-op (no event), so a relayer that crashed after broadcasting can resend without harm.
///         The root and batch id live in the `Anchored` event log, not in storage.
contract AyniAnchor {
    address public owner;

    /// @dev Bit 255: authorised. Bits 0..63: the next batch number this anchorer must send.
    mapping(address account => uint256 state) private anchorerState;

    uint256 private constant AUTHORISED = 1 << 255;
    uint256 private constant SEQ_MASK = type(uint64).max;

    /// @dev The batch's record count is in the transaction input only: one log data word less
    ///      (256 gas) keeps an anchor under 30,000 gas, i.e. under 30 gas per record at 1,000.
    event Anchored(bytes32 indexed root, bytes32 indexed batchId, uint64 seq);
    event AnchorerSet(address indexed account, bool authorised);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    error NotOwner(address caller);
    error NotAnchorer(address caller);
    error ZeroAddress();
    error ZeroRoot();
    /// @dev Batches are anchored in order: batch `seq` can only follow batch `seq - 1`.
    error OutOfOrder(uint64 seq, uint64 expected);

    /// @param anchorer First authorised anchorer; the zero address authorises nobody.
    constructor(address anchorer) {
        owner = msg.sender;
        emit OwnershipTransferred(address(0), msg.sender);
        if (anchorer != address(0)) {
            anchorerState[anchorer] = AUTHORISED;
            emit AnchorerSet(anchorer, true);
        }
    }

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    /// @notice Authorises or revokes an anchorer; its batch numbering is kept across revocations.
    function setAnchorer(address account, bool authorised) external onlyOwner {
        if (account == address(0)) revert ZeroAddress();
        uint256 state = anchorerState[account];
        anchorerState[account] = authorised ? state | AUTHORISED : state & ~AUTHORISED;
        emit AnchorerSet(account, authorised);
    }

    /// @dev Lets the owner key be rotated without a redeploy, which would split the anchored
    ///      history across two addresses.
    function transferOwnership(address newOwner) external onlyOwner {
        if (newOwner == address(0)) revert ZeroAddress();
        emit OwnershipTransferred(owner, newOwner);
        owner = newOwner;
    }

    function isAnchorer(address account) external view returns (bool) {
        return anchorerState[account] & AUTHORISED != 0;
    }

    /// @notice The batch number `account` must anchor next (= how many batches it anchored).
    function nextSeq(address account) external view returns (uint64) {
        return uint64(anchorerState[account] & SEQ_MASK);
    }

    /// @param count Number of records in the batch (informational; read it from the input).
    /// @return fresh True when this call anchored batch `seq`, false when that batch number was
    ///         already anchored by the caller (no event is emitted then).
    function anchor(bytes32 root, bytes32 batchId, uint64 seq, uint32 count) external returns (bool fresh) {
        count;
        uint256 state = anchorerState[msg.sender];
        if (state & AUTHORISED == 0) revert NotAnchorer(msg.sender);
        uint64 next = uint64(state & SEQ_MASK);
        if (seq < next) return false;
        if (seq > next) revert OutOfOrder(seq, next);
        if (root == bytes32(0)) revert ZeroRoot();
        unchecked {
            anchorerState[msg.sender] = state + 1;
        }
        emit Anchored(root, batchId, seq);
        return true;
    }
}
